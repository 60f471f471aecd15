namespace Arshjul.Site.Output;

/// <summary>
/// One file the build will write, as the output plan lists it: where it goes, what kind of file it is,
/// which content it shows, and how to make its bytes. Planned outputs are independent of each other, so
/// they render in any order, on any thread; an incremental build renders only those whose
/// <see cref="DependsOn"/> meets what an edit changed.
/// </summary>
/// <param name="Path">Where the file goes under the output folder, '/'-separated ("sv/events/x/index.html").</param>
/// <param name="Format">What kind of file it is (<see cref="OutputFormat.Known"/>).</param>
/// <param name="Render">Makes the file's bytes, or null when it cannot and a diagnostic says why (an unreadable static file);
/// may throw a template error, which the renderer reports.</param>
public sealed record PlannedOutput(string Path, OutputFormat Format, Func<byte[]?> Render)
{
    /// <summary>The language the file is in; null for files of no language (assets, the sitemap).</summary>
    public string? Language { get; init; }

    /// <summary>The site path its links and URL use: a page's folder ("sv/events/x/"); the file's path for the rest.</summary>
    public string Url { get => field ?? Path; init; }

    /// <summary>The same output in each language (language → <see cref="Url"/>), for hreflang, the language switcher and the sitemap.</summary>
    public IReadOnlyDictionary<string, string> Alternates { get; init; } = NoAlternates;

    /// <summary>
    /// The keys of the content it shows ("file:content/…", "item:…", "events", …; see Planning's Dependencies).
    /// Empty for outputs only a change outside content/ can change (theme assets, static files, robots.txt), which
    /// always mean a full build.
    /// </summary>
    public IReadOnlySet<string> DependsOn { get; init; } = NoDependencies;

    /// <summary>Listed in sitemap.xml: a page of its format's kind that is content (not a not-found page or the language chooser).</summary>
    public bool InSitemap { get; init; }

    private static readonly IReadOnlyDictionary<string, string> NoAlternates = new Dictionary<string, string>();

    private static readonly IReadOnlySet<string> NoDependencies = new HashSet<string>();
}
