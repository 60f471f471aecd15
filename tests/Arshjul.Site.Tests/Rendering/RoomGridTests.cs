using AngleSharp.Dom;
using Arshjul.Site.Tests.Support;

namespace Arshjul.Site.Tests.Rendering;

/// <summary>
/// The room × time grid's markup (issue 15, point 3): a day with parallel rooms names its rooms in the
/// declared order, each entry carries its room's column, breaks and plenaries carry none (they span), a day
/// with nothing in parallel stays a plain list, and a track's colour reaches the page only as #rrggbb.
/// Where the columns land on screen is ProgrammeGridTests' (browser) part.
/// </summary>
public sealed class RoomGridTests : IDisposable
{
    private readonly TestSite _site = new();

    public RoomGridTests()
    {
        _site.Write("content/events/mote/index.sv.md", """
            ---
            title: Mötet
            start: 2024-03-08T08:30
            end: 2024-03-09T16:00
            rooms: [Aulan, Sal B, Sal A]
            tracks:
              - { name: Forskning, colour: "#005A9C" }
              - { name: Praktik, colour: teal }
            schedule:
              - title: Välkomna
                time: "09.00"
                duration: 30m
              - title: I sal A
                time: "09.30"
                duration: 45m
                room: Sal A
                track: Forskning
              - title: I aulan
                time: "09.30"
                duration: 45m
                room: Aulan
                track: Praktik
              - title: Kaffe
                time: "10.15"
                duration: 15m
                kind: break
              - title: Bara sal B
                time: "10.30"
                duration: 30m
                room: Sal B
              - title: Dag två
                day: 2
                time: "09.00"
                duration: 1h
                room: Aulan
              - title: Dag två igen
                day: 2
                time: "10.00"
                duration: 1h
                room: Sal A
            ---
            """);
    }

    public void Dispose() => _site.Dispose();

    [Fact]
    public void ADayWithParallelRooms_NamesItsRoomsInTheDeclaredOrder_AndPlacesEachEntryInItsColumn()
    {
        var day = Parse().QuerySelectorAll(".programme-day")[0];

        Assert.Contains("room-grid", day.ClassList);
        Assert.Equal("--lanes: 3", day.GetAttribute("style"));
        var heads = day.QuerySelectorAll(".lane-heads .lane-head");
        Assert.Equal(["Aulan", "Sal B", "Sal A"], heads.Select(h => h.TextContent));
        Assert.Equal(["--lane: 1", "--lane: 2", "--lane: 3"], heads.Select(h => h.GetAttribute("style")));
        Assert.Equal("true", day.QuerySelector(".lane-heads")!.GetAttribute("aria-hidden"));

        Assert.StartsWith("--lane: 3;", Entry(day, "I sal A").GetAttribute("style"), StringComparison.Ordinal);
        Assert.StartsWith("--lane: 1;", Entry(day, "I aulan").GetAttribute("style"), StringComparison.Ordinal);
        Assert.Equal("--lane: 2", Entry(day, "Bara sal B").GetAttribute("style"));
        foreach (var spanning in new[] { "Välkomna", "Kaffe" })
        {
            Assert.Null(Entry(day, spanning).GetAttribute("style"));
            Assert.Contains("spans-all", Entry(day, spanning).ClassList);
        }

        // The reading order stays the time order: the grid is CSS over the same list.
        Assert.Equal(["Välkomna", "I aulan", "I sal A", "Kaffe", "Bara sal B"],
            day.QuerySelectorAll(".slots > .slot > .slot-items > .item > .item-title").Select(t => t.TextContent.Trim()));
    }

    [Fact]
    public void ADayWithNothingInParallel_StaysAList()
    {
        var second = Parse().QuerySelectorAll(".programme-day")[1];

        Assert.DoesNotContain("room-grid", second.ClassList);
        Assert.Null(second.QuerySelector(".lane-heads"));
        Assert.All(second.QuerySelectorAll(".item"), item => Assert.Null(item.GetAttribute("style")));
    }

    [Fact]
    public void ATracksColour_ReachesThePageAsHexOnly()
    {
        var day = Parse().QuerySelectorAll(".programme-day")[0];

        Assert.Equal("--lane: 3; --track-colour: #005a9c", Entry(day, "I sal A").GetAttribute("style"));
        Assert.Equal("--lane: 1; --track-colour: #008080", Entry(day, "I aulan").GetAttribute("style"));
        Assert.Contains("has-track-colour", Entry(day, "I aulan").ClassList);
        Assert.DoesNotContain("has-track-colour", Entry(day, "Bara sal B").ClassList);
    }

    private static IElement Entry(IElement day, string title) =>
        day.QuerySelectorAll(".item").Single(i => i.QuerySelector(".item-title")!.TextContent.Trim() == title);

    private IDocument Parse() => BuiltPage.Of(_site, "sv/events/mote/index.html");
}
