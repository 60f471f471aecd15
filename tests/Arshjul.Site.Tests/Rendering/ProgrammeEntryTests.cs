using AngleSharp.Dom;
using Arshjul.Site.Tests.Support;

namespace Arshjul.Site.Tests.Rendering;

/// <summary>
/// Compact programme entries (issue 15, point 2): the event page shows per item its time–end, title
/// (linked to its page), room, track, speakers, kind, language badge, status, subtitle and summary;
/// the description is on the item's page. Nested items stay a tree.
/// </summary>
public sealed class ProgrammeEntryTests : IDisposable
{
    private readonly TestSite _site = new();

    public ProgrammeEntryTests()
    {
        _site.Write("content/speakers/anna-lind.md", "---\nname: Anna Lind\norganisation: Region Värmland\n---\nBio.\n");
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
                kind: talk
                room: Sal A
                track: Strategi
                language: en
                status: tentative
                speakers: [anna-lind]
                subtitle: Var står Värmland?
                summary: En kort bild av läget.
                description: Den långa beskrivningen av nuläget, bara på passets egen sida.
              - title: Grupparbete
                time: "10.00"
                items:
                  - title: Tema skog
                    items:
                      - title: Fall Torsby
                        description: Fallet Torsby i detalj.
              - title: Kaffe
                time: "11.00"
                kind: break
            ---
            """);
        _site.Write("content/events/mote/index.en.md", """
            ---
            title: The meeting
            schedule:
              - id: nulage
                title: Where we stand
                summary: A short picture.
            ---
            """);
    }

    public void Dispose() => _site.Dispose();

    [Fact]
    public void EventPage_ShowsCompactEntry_WithoutTheDescription()
    {
        var entry = Parse("sv/events/mote/index.html").GetElementById("nulage")!;

        Assert.Equal("../../../sv/events/mote/nulage/", entry.QuerySelector(".item-title a")!.GetAttribute("href"));
        Assert.Equal("Var står Värmland?", entry.QuerySelector(".item-subtitle")!.TextContent);
        Assert.Equal("En kort bild av läget.", entry.QuerySelector(".item-summary")!.TextContent);
        Assert.Equal("engelska", entry.QuerySelector(".item-language [aria-hidden=true]")!.TextContent);
        Assert.Equal("Ges på engelska", entry.QuerySelector(".item-language .visually-hidden")!.TextContent);
        Assert.Contains("engelska", entry.QuerySelector(".item-title .visually-hidden")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("09.00–09.45", entry.QuerySelector(".item-time")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Sal A", entry.QuerySelector(".item-room")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Strategi", entry.QuerySelector(".item-track")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(entry.QuerySelector(".item-kind"));
        Assert.NotNull(entry.QuerySelector(".badge.status-tentative"));
        Assert.Equal("Talare: Anna Lind (Region Värmland)", entry.QuerySelector(".item-people")!.TextContent);
        Assert.Equal(("Sal A", "Strategi", "talk", "en"), (entry.GetAttribute("data-room"), entry.GetAttribute("data-track"), entry.GetAttribute("data-kind"), entry.GetAttribute("data-language")));
        Assert.DoesNotContain("långa beskrivningen", entry.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void ItemPage_ShowsSubtitleSummaryAndDescription()
    {
        var page = Parse("sv/events/mote/nulage/index.html");

        Assert.Equal("Var står Värmland?", page.QuerySelector(".page-header .subtitle")!.TextContent);
        Assert.Equal("En kort bild av läget.", page.QuerySelector(".page-header .lead")!.TextContent);
        Assert.Contains("långa beskrivningen", page.QuerySelector(".item-body")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void TranslatedSummary_IsShown_AndTheSubtitleFallsBackToTheSource()
    {
        var entry = Parse("en/events/mote/index.html").GetElementById("nulage")!;

        Assert.Equal("A short picture.", entry.QuerySelector(".item-summary")!.TextContent);
        Assert.Equal("Var står Värmland?", entry.QuerySelector(".item-subtitle")!.TextContent);
    }

    [Fact]
    public void NestedItems_StayATree_AndADeepItemWithADescriptionLinksToItsPage()
    {
        var page = Parse("sv/events/mote/index.html");

        var group = page.GetElementById("grupparbete")!;
        var theme = group.QuerySelector(":scope > .item-children > #tema-skog")!;
        var fall = theme.QuerySelector(":scope > .item-children > #fall-torsby")!;
        Assert.Equal("../../../sv/events/mote/fall-torsby/", fall.QuerySelector(".item-title a")!.GetAttribute("href"));
        Assert.DoesNotContain("i detalj", page.QuerySelector(".programme")!.TextContent, StringComparison.Ordinal);
    }

    private IDocument Parse(string path) => BuiltPage.Of(_site, path);
}
