using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Arshjul.Site.Build;
using Arshjul.Site.Tests.Support;

namespace Arshjul.Site.Tests.Rendering;

/// <summary>
/// What the templates give js/stars.js (issue 16, points 1 and 2): star data on exactly the items that have a calendar
/// file, with the UID of their VEVENT; the /&lt;lang&gt;/my/ page with an entry per such item and each programme's calendar.
/// </summary>
public sealed class MyProgrammePageTests : IDisposable
{
    private readonly TestSite _site = new();
    private BuildResult? _result;

    public MyProgrammePageTests()
    {
        _site.Write("content/events/mote/index.sv.md", """
            ---
            title: Mötet
            start: 2024-03-08T08:30
            end: 2024-03-08T16:00
            schedule:
              - title: Nuläget
                id: nulage
                time: "09.00"
                duration: 45m
                room: Sal A
                description: Har en egen sida.
              - title: Kaffe
                time: "10.00"
                kind: break
            ---
            """);
        _site.Write("content/events/mote/sessions/framtiden.sv.md", "---\ntitle: Framtiden\nstart: 2024-03-08T10:30\nduration: 30m\nroom: Sal B\n---\nOm framtiden.\n");
        _site.Write("content/events/mote/sessions/senare.sv.md", "---\ntitle: Senare\n---\nTid kommer.\n");
    }

    public void Dispose() => _site.Dispose();

    [Fact]
    public void EventPage_MarksOnlyItemsWithACalendarFile_WithTheirVEventsUid()
    {
        var page = Parse("sv/events/mote/index.html");

        var marked = page.QuerySelectorAll("[data-star-uid]").Select(e => e.Id).ToList();
        Assert.Equal(["nulage", "framtiden"], marked);
        var nulage = page.GetElementById("nulage")!;
        Assert.Equal("mote/nulage@example.org", nulage.GetAttribute("data-star-uid"));
        Assert.Equal("Nuläget", nulage.GetAttribute("data-star-title"));
        Assert.Equal("2024-03-08T09:00:00+01:00", nulage.GetAttribute("data-star-start"));
        Assert.Equal("2024-03-08T09:45:00+01:00", nulage.GetAttribute("data-star-end"));
        Assert.Equal("Sal A", nulage.GetAttribute("data-star-room"));
        Assert.Equal("../../../sv/events/mote/nulage/nulage.ics", nulage.GetAttribute("data-star-ics"));
        var ics = File("sv/events/mote/nulage/nulage.ics").Replace("\r\n ", "", StringComparison.Ordinal);
        Assert.Contains("\r\nUID:mote/nulage@example.org\r\n", ics, StringComparison.Ordinal);
        Assert.Single(page.QuerySelectorAll("script[src$='js/stars.js']"));
    }

    [Fact]
    public void MyPage_InEveryLanguage_HasAnEntryPerItemWithACalendarFile_AndTheProgrammesCalendar()
    {
        foreach (var (lang, title) in new[] { ("sv", "Mitt program"), ("nb", "Mitt program"), ("en", "My programme") })
        {
            var page = Parse($"{lang}/my/index.html");
            Assert.Equal(title, page.QuerySelector("h1")!.TextContent);
            var template = (IHtmlTemplateElement)page.QuerySelector("template.my-items")!;
            var entries = template.Content.QuerySelectorAll("li[data-star-uid]").Select(e => e.GetAttribute("data-star-uid")).ToList();
            Assert.Equal(["mote/nulage@example.org", "mote/framtiden@example.org"], entries);
            var framtiden = template.Content.QuerySelector("li[data-star-uid='mote/framtiden@example.org']")!;
            Assert.Equal("2024-03-08", framtiden.GetAttribute("data-day"));
            Assert.Matches("^10.30–11.00$", framtiden.GetAttribute("data-time"));
            // The script adds "<id>.ics" to the page's address: that must be the item's calendar.
            Assert.Equal($"../../{lang}/events/mote/framtiden/", framtiden.QuerySelector("a")!.GetAttribute("href"));
            Assert.Contains(_result!.Files, f => f.Path == $"{lang}/events/mote/framtiden/framtiden.ics");
            Assert.Equal($"../../{lang}/events/mote/programme.ics", page.QuerySelector(".my-calendars a[download]")!.GetAttribute("href"));
            Assert.True(page.QuerySelector(".my-app")!.HasAttribute("hidden"), "the part the script fills is shown without it");
            Assert.False(page.QuerySelector(".my-needs-script")!.HasAttribute("hidden"));
        }
    }

    [Fact]
    public void FreePage_NamedMy_IsAnError_ItsAddressIsMyProgrammes()
    {
        _site.Write("content/pages/my.sv.md", "---\ntitle: Min sida\n---\nText.\n");

        var (model, diagnostics) = _site.Load();

        Assert.Null(model);
        var error = Assert.Single(diagnostics);
        Assert.Equal("content/pages/my.sv.md:1:1: error AJ0114: A page cannot be called 'my': that address belongs to a section of the site. Rename the file, e.g. to 'my-info'.", error.ToString());
    }

    private string File(string path) => Encoding.UTF8.GetString(Build().Files.Single(f => f.Path == path).Content);

    private IDocument Parse(string path) => new HtmlParser().ParseDocument(File(path));

    private BuildResult Build()
    {
        if (_result is not null) return _result;
        _result = SiteBuilder.Build(new BuildRequest { Source = _site.Root, Now = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero), WriteOutput = false });
        Assert.True(_result.Succeeded, string.Join("\n", _result.Diagnostics));
        return _result;
    }
}
