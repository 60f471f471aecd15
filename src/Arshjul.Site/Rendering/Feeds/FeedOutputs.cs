using Arshjul.Site.Model;
using Arshjul.Site.Output;
using Arshjul.Site.Rendering;

namespace Arshjul.Site.Rendering.Feeds;

/// <summary>The feed and crawler files of a build: an Atom feed per language, the sitemap and robots.txt.</summary>
public static class FeedOutputs
{
    /// <param name="jobs">Every HTML page of the build, for the sitemap.</param>
    /// <param name="plainText">Markdown to plain text, for feed entries without a summary.</param>
    /// <param name="crawlerFiles">False when the set of pages is known to be unchanged (an incremental build): the sitemap and robots.txt stay as they are.</param>
    public static IEnumerable<OutputFile> Create(SiteModel site, IReadOnlyList<PageJob> jobs, Func<MarkdownText, string> plainText, bool crawlerFiles = true)
    {
        foreach (var lang in site.Languages)
        {
            yield return new OutputFile(SitePaths.Feed(lang), AtomFeedRenderer.Render(site, lang, plainText), OutputFormat.Atom);
        }

        if (!crawlerFiles) yield break;

        // A site may publish its own crawler files under static/; those win.
        var own = site.StaticFiles.ToHashSet(StringComparer.Ordinal);
        if (!own.Contains(SitemapRenderer.Path))
        {
            yield return new OutputFile(SitemapRenderer.Path, SitemapRenderer.Render(site.Options, jobs), OutputFormat.Sitemap);
        }

        if (!own.Contains(RobotsTxtRenderer.Path))
        {
            yield return new OutputFile(RobotsTxtRenderer.Path, RobotsTxtRenderer.Render(site.Options), OutputFormat.Robots);
        }
    }
}
