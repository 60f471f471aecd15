using System.Text;
using System.Xml.Linq;
using Arshjul.Site.Model;
using Arshjul.Site.Rendering.Feeds;
using Arshjul.Site.Tests.Support;

namespace Arshjul.Site.Tests.Feeds;

public sealed class AtomFeedRendererTests
{
    private static readonly XNamespace Atom = AtomFeedRenderer.AtomNamespace;
    private static readonly XNamespace Xml = XNamespace.Xml;

    private static string PlainText(MarkdownText text) => text.Markdown.Trim();

    private static TestSite Site()
    {
        var site = new TestSite();
        site.Write("content/events/vinter/index.sv.md", "---\ntitle: Vintermöte\nstart: 2024-03-08T08:30\nsummary: Ett möte i mars.\n---\nText.\n");
        site.Write("content/events/vinter/index.en.md", "---\ntitle: Winter meeting\nsummary: A meeting in March.\n---\nText.\n");
        site.Write("content/events/sommar/index.sv.md", "---\ntitle: Sommardag\nstart: 2024-06-14\n---\nEn dag i juni, med **fet** text.\n");
        site.Write("content/news/2024-02-05-nyhet.sv.md", "---\ntitle: \"Nyhet <&> \\\"citat\\\"\"\nsummary: Kort om nyheten.\n---\nBrödtext.\n");
        site.Write("content/news/2023-06-10-gammal.sv.md", "---\ntitle: Gammal nyhet\n---\nSommarnyhet.\n");
        return site;
    }

    private static XDocument Feed(byte[] bytes) => XDocument.Parse(Encoding.UTF8.GetString(bytes));

    [Fact]
    public void Feed_IsWellFormedAtom_WithAbsoluteLinksAndSelfAndAlternate()
    {
        using var site = Site();
        var model = site.LoadValid();
        var bytes = AtomFeedRenderer.Render(model, "sv", PlainText);

        Assert.Equal((byte)'<', bytes[0]); // no BOM
        var feed = Feed(bytes).Root!;
        Assert.Equal(Atom + "feed", feed.Name);
        Assert.Equal("sv", (string?)feed.Attribute(Xml + "lang"));
        Assert.Equal("Testplats", feed.Element(Atom + "title")!.Value);
        Assert.Equal("https://example.org/sv/feed.xml", feed.Element(Atom + "id")!.Value);
        var links = feed.Elements(Atom + "link").ToDictionary(l => (string)l.Attribute("rel")!, l => (string)l.Attribute("href")!);
        Assert.Equal("https://example.org/sv/feed.xml", links["self"]);
        Assert.Equal("https://example.org/sv/", links["alternate"]);
        Assert.NotNull(feed.Element(Atom + "author")?.Element(Atom + "name"));

        var entries = feed.Elements(Atom + "entry").ToList();
        Assert.Equal(4, entries.Count);
        foreach (var entry in entries)
        {
            var href = (string)entry.Element(Atom + "link")!.Attribute("href")!;
            Assert.True(Uri.TryCreate(href, UriKind.Absolute, out var uri) && uri.Scheme == "https", href);
            Assert.Equal(href, entry.Element(Atom + "id")!.Value);
            Assert.False(string.IsNullOrWhiteSpace(entry.Element(Atom + "title")!.Value));
            Assert.NotNull(entry.Element(Atom + "updated"));
            Assert.Equal("sv", (string?)entry.Attribute(Xml + "lang"));
        }
    }

    [Fact]
    public void Entries_AreNewestFirst_DatedByArticleDateOrEventStart_AndTheFeedByTheNewest()
    {
        using var site = Site();
        var feed = Feed(AtomFeedRenderer.Render(site.LoadValid(), "sv", PlainText)).Root!;

        var entries = feed.Elements(Atom + "entry").Select(e => (Id: e.Element(Atom + "id")!.Value, Updated: e.Element(Atom + "updated")!.Value)).ToList();
        Assert.Equal(
            [
                ("https://example.org/sv/events/sommar/", "2024-06-14T00:00:00+02:00"),
                ("https://example.org/sv/events/vinter/", "2024-03-08T08:30:00+01:00"),
                ("https://example.org/sv/news/2024-02-05-nyhet/", "2024-02-05T00:00:00+01:00"),
                ("https://example.org/sv/news/2023-06-10-gammal/", "2023-06-10T00:00:00+02:00"),
            ],
            entries);
        Assert.Equal("2024-06-14T00:00:00+02:00", feed.Element(Atom + "updated")!.Value);
    }

    [Fact]
    public void Entries_HaveTheirTextsAndLanguage_FallingBackToTheSource()
    {
        using var site = Site();
        var feed = Feed(AtomFeedRenderer.Render(site.LoadValid(), "en", PlainText)).Root!;

        var byId = feed.Elements(Atom + "entry").ToDictionary(e => e.Element(Atom + "id")!.Value);
        var winter = byId["https://example.org/en/events/vinter/"];
        Assert.Equal("Winter meeting", winter.Element(Atom + "title")!.Value);
        Assert.Equal("A meeting in March.", winter.Element(Atom + "summary")!.Value);
        Assert.Equal("en", (string?)winter.Attribute(Xml + "lang"));

        var news = byId["https://example.org/en/news/2024-02-05-nyhet/"];
        Assert.Equal("Nyhet <&> \"citat\"", news.Element(Atom + "title")!.Value);
        Assert.Equal("sv", (string?)news.Attribute(Xml + "lang"));

        // Without a summary, the body's text stands in.
        Assert.Equal("En dag i juni, med **fet** text.", byId["https://example.org/en/events/sommar/"].Element(Atom + "summary")!.Value);
    }

    [Fact]
    public void EmptySite_HasAFixedUpdatedDate_NotTheClock()
    {
        using var site = new TestSite();
        var feed = Feed(AtomFeedRenderer.Render(site.LoadValid(), "nb", PlainText)).Root!;

        Assert.Equal("2000-01-01T00:00:00Z", feed.Element(Atom + "updated")!.Value);
        Assert.Empty(feed.Elements(Atom + "entry"));
    }

    [Fact]
    public void Rendering_IsDeterministic()
    {
        using var site = Site();
        var model = site.LoadValid();
        Assert.Equal(AtomFeedRenderer.Render(model, "sv", PlainText), AtomFeedRenderer.Render(model, "sv", PlainText));
    }

    [Fact]
    public void ControlCharactersInUserText_DoNotBreakTheXml()
    {
        var bytes = AtomFeedRenderer.Render("Site", "https://example.org/sv/feed.xml", "https://example.org/sv/", "sv",
            [new AtomEntry("https://example.org/sv/x/", "Titel\u0001 med <b>", "Sam\u0008manfattning & mer", "sv", new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.FromHours(1)))]);

        var entry = Feed(bytes).Root!.Element(Atom + "entry")!;
        Assert.Equal("Titel med <b>", entry.Element(Atom + "title")!.Value);
        Assert.Equal("Sammanfattning & mer", entry.Element(Atom + "summary")!.Value);
    }
}
