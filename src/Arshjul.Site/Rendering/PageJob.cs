namespace Arshjul.Site.Rendering;

/// <summary>
/// One HTML page to render: where it goes, in which language, with which template, and how to build
/// its template variables. Jobs are independent, so they render in any order, on any thread.
/// </summary>
/// <param name="Path">The page's site path ("sv/events/x/"), published as its index.html.</param>
/// <param name="Alternates">The same page in each language (language → site path), for hreflang and the switcher.</param>
/// <param name="Variables">Builds the page's variables: `page` and the page-specific ones.</param>
/// <param name="AbsoluteLinks">Links from the site root instead of relative ones (for 404 pages, served at any depth).</param>
/// <param name="WithLayout">False for the root language chooser, which is a document of its own.</param>
public sealed record PageJob(
    string Path,
    string Lang,
    string Template,
    IReadOnlyDictionary<string, string> Alternates,
    Func<PageContext, ViewFactory, Dictionary<string, object?>> Variables,
    bool AbsoluteLinks = false,
    bool WithLayout = true)
{
    /// <summary>The content this page shows, as the output plan's dependency keys; empty for pages made of UI strings only.</summary>
    public IReadOnlySet<string> DependsOn { get; init; } = new HashSet<string>();

    /// <summary>
    /// False for a page with nothing more for a search engine: one whose content is made in the reader's browser (my programme),
    /// or one that shows another page's content in another form (the printable programme): the sitemap lists canonical pages only.
    /// </summary>
    public bool InSitemap { get; init; } = true;
}
