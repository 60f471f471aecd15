namespace Arshjul.Cli.Scaffolding;

/// <summary>What `arshjul init` was asked to create, checked by <see cref="SiteScaffolder.Check"/>.</summary>
/// <param name="Folder">The new site's folder (full path); created when missing.</param>
/// <param name="Languages">The site's languages, the default first.</param>
/// <param name="Title">--title: one title for every language, or null for a title per language.</param>
/// <param name="TimeZone">The IANA time zone of the site's events.</param>
/// <param name="Today">The date the example event is planned from.</param>
/// <param name="ToolVersion">The version the hosting workflows install, so CI builds with the tool that made the site.</param>
/// <param name="Force">Add the missing files to a folder that is not empty; existing files are kept.</param>
internal sealed record InitRequest(string Folder, IReadOnlyList<string> Languages, string? Title, string TimeZone, DateOnly Today, string ToolVersion, bool Force);
