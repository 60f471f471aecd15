using System.Text;
using System.Xml.Linq;
using Arshjul.Site.Model;
using Arshjul.Site.Output;
using Arshjul.Site.Planning;
using Arshjul.Site.Rendering;
using Arshjul.Site.Rendering.Feeds;
using Arshjul.Site.Tests.Support;

namespace Arshjul.Site.Tests.Feeds;

public sealed class SitemapRendererTests
{
    private static readonly XNamespace Sm = SitemapRenderer.SitemapNamespace;
    private static readonly XNamespace Xhtml = SitemapRenderer.XhtmlNamespace;

    [Fact]
    public void EveryPageButNotFoundTheRootAndMyProgramme_IsListed_WithItsAlternatesAndXDefault()
    {
        using var site = new TestSite();
        site.Write("content/events/test/index.sv.md", "---\ntitle: Test\nstart: 2024-03-08\n---\nText.\n");
        var model = site.LoadValid();
        var jobs = PagePlanner.Plan(model, DateTimeOffset.UnixEpoch);

        var bytes = SitemapRenderer.Render(model.Options, jobs.Select(j => PagePlanner.Output(j, () => null)));

        Assert.Equal((byte)'<', bytes[0]);
        var urls = XDocument.Parse(Encoding.UTF8.GetString(bytes)).Root!.Elements(Sm + "url").ToList();
        var locs = urls.Select(u => u.Element(Sm + "loc")!.Value).ToList();
        // Nor the "my programme" pages: the same empty list in every language until a reader's browser fills it.
        var expected = jobs.Where(j => j.Path.Length > 0 && !j.Path.EndsWith("404.html", StringComparison.Ordinal) && !j.Path.EndsWith("/my/", StringComparison.Ordinal))
            .Select(j => "https://example.org/" + j.Path).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, locs);
        Assert.Contains("https://example.org/nb/events/test/", locs);
        Assert.DoesNotContain(locs, l => l.Contains("404", StringComparison.Ordinal) || l == "https://example.org/" || l.EndsWith("/my/", StringComparison.Ordinal));

        var eventUrl = urls.Single(u => u.Element(Sm + "loc")!.Value == "https://example.org/nb/events/test/");
        var alternates = eventUrl.Elements(Xhtml + "link")
            .Select(l => ((string)l.Attribute("rel")!, (string)l.Attribute("hreflang")!, (string)l.Attribute("href")!)).ToList();
        Assert.Equal(
            [
                ("alternate", "sv", "https://example.org/sv/events/test/"),
                ("alternate", "nb", "https://example.org/nb/events/test/"),
                ("alternate", "en", "https://example.org/en/events/test/"),
                ("alternate", "x-default", "https://example.org/sv/events/test/"),
            ],
            alternates);
    }

    [Fact]
    public void Robots_AllowsAllAndNamesTheSitemap()
    {
        using var site = new TestSite();
        var text = Encoding.UTF8.GetString(RobotsTxtRenderer.Render(site.LoadValid().Options));
        Assert.Equal("User-agent: *\nAllow: /\nSitemap: https://example.org/sitemap.xml\n", text);
    }

    [Fact]
    public void FeedPlanner_PlansFeedsPerLanguageSitemapAndRobots_UnlessTheSiteHasItsOwn()
    {
        using var site = new TestSite();
        var model = site.LoadValid();
        var files = FeedPlanner.Outputs(model, Pages(model), t => t.Markdown).ToList();
        Assert.Equal(["en/feed.xml", "nb/feed.xml", "robots.txt", "sitemap.xml", "sv/feed.xml"], files.Select(f => f.Path).Order(StringComparer.Ordinal));
        Assert.Equal(["atom", "atom", "robots", "sitemap", "atom"], files.OrderBy(f => f.Path, StringComparer.Ordinal).Select(f => f.Format.Name));

        site.Write("static/robots.txt", "User-agent: *\nDisallow: /\n");
        var own = site.LoadValid();
        var withOwn = FeedPlanner.Outputs(own, Pages(own), t => t.Markdown).Select(f => f.Path).ToList();
        Assert.DoesNotContain("robots.txt", withOwn);
        Assert.Contains("sitemap.xml", withOwn);
    }

    private static List<PlannedOutput> Pages(SiteModel model) =>
        PagePlanner.Plan(model, DateTimeOffset.UnixEpoch).Select(j => PagePlanner.Output(j, () => null)).ToList();
}
