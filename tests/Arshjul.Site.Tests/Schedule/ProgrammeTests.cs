using Arshjul.Site.Build;
using Arshjul.Site.Diagnostics;
using Arshjul.Site.Schedule;
using Arshjul.Site.Tests.Support;
using static Arshjul.Site.Tests.Schedule.ScheduleSites;

namespace Arshjul.Site.Tests.Schedule;

public sealed class ProgrammeTests
{
    [Fact]
    public void DeclaredRoomsAndTracks_AreTheLaneOrder_AndParallelItemsFollowIt()
    {
        using var site = WithEvent("""
            start: 2024-03-08
            rooms: [Sal C, { name: Sal A, capacity: 30 }, Sal B]
            tracks: [{ name: Forskning, colour: "#005a9c" }]
            schedule:
              - { id: b1, title: B1, time: "09:30", room: Sal B }
              - { id: a1, title: A1, time: "09:30", room: Sal A }
              - { id: f1, title: F1, time: "09:30", track: Forskning }
              - { id: c1, title: C1, time: "11:00", room: Sal C }
            """);
        var ev = site.LoadValid().FindEvent("test")!;
        var programme = Programme.For(ev);

        Assert.Equal(["Sal C", "Sal A", "Sal B", "Forskning"], programme.Lanes);
        Assert.Equal(["a1", "b1", "f1"], programme.Days[0].Slots[0].Items.Select(i => i.Id));
        Assert.Equal([new Arshjul.Site.Model.Room("Sal C", null), new("Sal A", 30), new("Sal B", null)], ev.Rooms);
        Assert.Equal("#005a9c", Assert.Single(ev.Tracks).Colour);
    }

    [Fact]
    public void Programme_HasDaysWithSlots_UnscheduledItems_AndLanes()
    {
        using var site = WithEvent("""
            start: 2024-03-08
            end: 2024-03-10
            schedule:
              - { id: welcome, title: Welcome, time: "09:00" }
              - { id: b1, title: B1, time: "09:30", room: Sal B }
              - { id: a1, title: A1, time: "09:30", room: Sal A }
              - { id: lunch, title: Lunch, time: "12:00", duration: 1h }
              - { id: a2, title: A2, time: "13:00", room: Sal A }
              - { id: late, title: Late, time: "00:30" }
              - { id: closing, title: Closing, day: 3, time: "10:00" }
              - { id: dinner, title: Dinner }
            """);
        var programme = Programme.For(site.LoadValid().FindEvent("test")!);

        Assert.Equal([new DateOnly(2024, 3, 8), new DateOnly(2024, 3, 10)], programme.Days.Select(d => d.Date));
        Assert.Equal([1, 3], programme.Days.Select(d => d.Number));
        var first = programme.Days[0];
        Assert.Equal(
            ["09:00 welcome", "09:30 b1 a1", "12:00 lunch", "13:00 a2", "00:30 late"],
            first.Slots.Select(s => s.StartTime.ToString("HH:mm") + " " + string.Join(" ", s.Items.Select(i => i.Id))));
        Assert.Equal(new DateTime(2024, 3, 9, 0, 30, 0), first.Slots[^1].Start);
        Assert.Equal([true, false, true, false, true], first.Slots.Select(s => s.IsFullWidth));
        Assert.True(first.Slots[1].IsParallel);
        Assert.Equal(["dinner"], programme.Unscheduled.Select(i => i.Id));
        Assert.Equal(["Sal B", "Sal A"], programme.Lanes);
    }

    [Fact]
    public void Programme_OfTheExampleSite_ListsVerkstedsTwoDays_AndReglabsRoomsByName()
    {
        var model = SiteLoader.Load(RepoPaths.Root, new DiagnosticBag())!;

        var verksted = Programme.For(model.FindEvent("2017-verksted-regional-utvikling")!);
        Assert.Equal([new DateOnly(2017, 9, 25), new DateOnly(2017, 9, 26)], verksted.Days.Select(d => d.Date));
        Assert.Empty(verksted.Unscheduled);
        Assert.Empty(verksted.Lanes);

        var reglab = Programme.For(model.FindEvent("2018-reglab-arskonferens")!);
        var day = Assert.Single(reglab.Days);
        Assert.Equal(new DateOnly(2018, 3, 15), day.Date);
        Assert.Equal(["Sal A", "Sal B", "Sal C", "Sal D"], reglab.Lanes);
        Assert.Equal(14, day.Slots.Sum(s => s.Items.Count(i => !i.SpansAllLanes)));
        Assert.Equal(["Sal A", "Sal B", "Sal C", "Sal D"], day.Slots[0].Items.Select(i => i.Room));
    }
}
