using Arshjul.Site.Model;
using Arshjul.Site.Output;
using Arshjul.Site.Rendering.Feeds;

namespace Arshjul.Site.Planning;

/// <summary>The feed and crawler files: an Atom feed per language, the sitemap and robots.txt.</summary>
public static class FeedPlanner
{
    /// <param name="plannedBefore">The outputs planned before the feeds; the sitemap lists those <see cref="PlannedOutput.InSitemap"/>.</param>
    public static IEnumerable<PlannedOutput> Outputs(PlanContext context, IReadOnlyList<PlannedOutput> plannedBefore)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Outputs(context.Model, plannedBefore, context.Session.PlainText);
    }

    /// <param name="plainText">Markdown to plain text, for feed entries without a summary.</param>
    public static IEnumerable<PlannedOutput> Outputs(SiteModel site, IReadOnlyList<PlannedOutput> plannedBefore, Func<MarkdownText, string> plainText)
    {
        ArgumentNullException.ThrowIfNull(site);
        foreach (var lang in site.Languages)
        {
            // A feed lists the events and articles, so any edit of either can change it.
            yield return new PlannedOutput(SitePaths.Feed(lang), OutputFormat.Atom, () => AtomFeedRenderer.Render(site, lang, plainText))
            {
                Language = lang,
                DependsOn = Dependencies.Of(Dependencies.AllEvents, Dependencies.AllArticles),
            };
        }

        // A site may publish its own crawler files under static/; those win. Both change only with the set of
        // pages (the sitemap lists their URLs), and a new set of pages always means a full build.
        var own = site.StaticFiles.ToHashSet(StringComparer.Ordinal);
        if (!own.Contains(SitemapRenderer.Path))
        {
            yield return new PlannedOutput(SitemapRenderer.Path, OutputFormat.Sitemap, () => SitemapRenderer.Render(site.Options, plannedBefore));
        }

        if (!own.Contains(RobotsTxtRenderer.Path))
        {
            yield return new PlannedOutput(RobotsTxtRenderer.Path, OutputFormat.Robots, () => RobotsTxtRenderer.Render(site.Options));
        }
    }
}
