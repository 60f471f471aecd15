using System.Text;
using System.Xml;
using System.Xml.Linq;
using Arshjul.Site.Output;
using Arshjul.Site.Rendering.Feeds;
using Arshjul.Site.Tests.EndToEnd;

namespace Arshjul.Site.Tests.Feeds;

/// <summary>The example site's feeds and crawler files, checked against the pages the build actually wrote.</summary>
public sealed class ExampleSiteFeedTests(ExampleSiteFixture site) : IClassFixture<ExampleSiteFixture>
{
    private const string Base = "https://example.org/";
    private static readonly XNamespace Atom = AtomFeedRenderer.AtomNamespace;
    private static readonly XNamespace Sm = SitemapRenderer.SitemapNamespace;
    private static readonly XNamespace Xhtml = SitemapRenderer.XhtmlNamespace;

    /// <summary>An absolute URL of this site as the output file it leads to.</summary>
    private static string FileOf(string url)
    {
        Assert.StartsWith(Base, url, StringComparison.Ordinal);
        var path = url[Base.Length..];
        return path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;
    }

    private XDocument Xml(string path)
    {
        var bytes = site.Files[path];
        Assert.Equal((byte)'<', bytes[0]);
        // XmlDocument as well as XDocument: both must accept it.
        new XmlDocument().LoadXml(Encoding.UTF8.GetString(bytes));
        return XDocument.Parse(Encoding.UTF8.GetString(bytes));
    }

    [Fact]
    public void Sitemap_ListsEveryHtmlPage_ButNotFoundPagesTheRootChooserMyProgrammeAndPrintablePages()
    {
        // A printable programme is the event page's content for paper, canonical to the event page: a sitemap lists canonical pages only.
        var html = site.Files.Keys
            .Where(p => p.EndsWith(".html", StringComparison.Ordinal))
            .Where(p => p != "index.html" && !p.EndsWith("404.html", StringComparison.Ordinal) && !p.EndsWith("/my/index.html", StringComparison.Ordinal)
                && !p.EndsWith("/print/index.html", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal).ToList();
        var listed = Xml("sitemap.xml").Root!.Elements(Sm + "url").Select(u => FileOf(u.Element(Sm + "loc")!.Value)).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(html, listed);
        Assert.True(listed.Count > 100, $"only {listed.Count} pages");
    }

    [Fact]
    public void Sitemap_GivesEveryPageItsThreeLanguagesAndXDefault_AllExisting()
    {
        foreach (var url in Xml("sitemap.xml").Root!.Elements(Sm + "url"))
        {
            var links = url.Elements(Xhtml + "link").ToList();
            Assert.Equal(["sv", "nb", "en", "x-default"], links.Select(l => (string)l.Attribute("hreflang")!));
            Assert.All(links, l => Assert.Equal("alternate", (string?)l.Attribute("rel")));
            Assert.All(links, l => Assert.True(site.Exists(FileOf((string)l.Attribute("href")!)), (string)l.Attribute("href")!));
            var loc = url.Element(Sm + "loc")!.Value;
            Assert.Contains(links, l => (string)l.Attribute("href")! == loc);
        }
    }

    [Theory]
    [InlineData("sv")]
    [InlineData("nb")]
    [InlineData("en")]
    public void AtomFeed_IsWellFormed_WithAbsoluteLinksToPagesOfTheSite(string lang)
    {
        var feed = Xml($"{lang}/feed.xml").Root!;

        Assert.Equal(Atom + "feed", feed.Name);
        Assert.Equal(Base + $"{lang}/feed.xml", feed.Element(Atom + "id")!.Value);
        var model = site.Result.Model!;
        var entries = feed.Elements(Atom + "entry").ToList();
        Assert.Equal(model.Articles.Count + model.Events.Count, entries.Count);
        foreach (var href in feed.Descendants(Atom + "link").Select(l => (string)l.Attribute("href")!))
        {
            Assert.True(Uri.TryCreate(href, UriKind.Absolute, out _), href);
            Assert.True(site.Exists(FileOf(href)), href);
        }

        var updated = entries.Select(e => DateTimeOffset.Parse(e.Element(Atom + "updated")!.Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(updated.OrderByDescending(u => u), updated);
        Assert.Equal(updated.Max(), DateTimeOffset.Parse(feed.Element(Atom + "updated")!.Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains(entries, e => e.Element(Atom + "id")!.Value == Base + $"{lang}/events/2024-riktningsmote/"
            && e.Element(Atom + "updated")!.Value == "2024-03-08T08:30:00+01:00");
    }

    [Fact]
    public void Robots_PointsAtTheSitemap()
    {
        Assert.Equal("User-agent: *\nAllow: /\nSitemap: https://example.org/sitemap.xml\n", Encoding.UTF8.GetString(site.Files["robots.txt"]));
    }

    [Fact]
    public void FeedAndCrawlerFiles_AreFeedOutputs()
    {
        var feeds = site.Result.Files.Where(f => f.Format.IsFeedOrCrawlerFile).Select(f => f.Path).ToList();
        Assert.Equal(["en/feed.xml", "nb/feed.xml", "robots.txt", "sitemap.xml", "sv/feed.xml"], feeds);
    }
}
