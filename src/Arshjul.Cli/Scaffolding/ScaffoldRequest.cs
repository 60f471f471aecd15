using Arshjul.Site.Content;

namespace Arshjul.Cli.Scaffolding;

/// <summary>What `arshjul new` was asked to create.</summary>
/// <param name="SiteRoot">The folder with site.yml.</param>
/// <param name="Kind">What to create.</param>
/// <param name="Slug">The name as typed (an article's date prefix may be missing).</param>
/// <param name="EventSlug">--event: the event of a session, or the event an article is about.</param>
/// <param name="Language">--lang, or null for the site's default language.</param>
/// <param name="Now">The clock, for an article's date and an event's default start.</param>
internal sealed record ScaffoldRequest(string SiteRoot, ContentKind Kind, string Slug, string? EventSlug, string? Language, DateTimeOffset Now);
