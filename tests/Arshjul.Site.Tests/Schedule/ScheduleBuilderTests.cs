using Arshjul.Site.Build;
using Arshjul.Site.Diagnostics;
using Arshjul.Site.Model;
using Arshjul.Site.Tests.Support;
using static Arshjul.Site.Tests.Schedule.ScheduleSites;

namespace Arshjul.Site.Tests.Schedule;

public sealed class ScheduleBuilderTests
{
    [Fact]
    public void EndIsStartPlusDuration_WhenDurationIsGiven()
    {
        using var site = WithEvent("""
            start: 2024-03-08T09:00
            schedule:
              - id: talk
                title: Talk
                time: "09.30"
                duration: 1h15m
            """);
        var item = site.LoadValid().Item("talk");

        Assert.Equal(At("2024-03-08T09:30"), item.Start);
        Assert.Equal(At("2024-03-08T10:45"), item.End);
        Assert.Equal(new DateOnly(2024, 3, 8), item.ProgrammeDate);
        Assert.Equal(DateTimeKind.Unspecified, item.Start!.Value.Kind);
    }

    [Fact]
    public void EndIsEndTime_OnTheStartDate_AndAbsoluteEndForFiles()
    {
        using var site = WithEvent("""
            start: 2024-03-08
            schedule:
              - id: inline
                title: Inline
                day: 2
                time: "13:00"
                end: "14.30"
            """);
        site.Write("content/events/test/sessions/file-item.sv.md", "---\ntitle: File\nstart: 2024-03-08T10:00\nend: 2024-03-08T11:30\n---\n");
        var model = site.LoadValid();

        Assert.Equal(At("2024-03-09T13:00"), model.Item("inline").Start);
        Assert.Equal(At("2024-03-09T14:30"), model.Item("inline").End);
        Assert.Equal(At("2024-03-08T10:00"), model.Item("file-item").Start);
        Assert.Equal(At("2024-03-08T11:30"), model.Item("file-item").End);
    }

    [Fact]
    public void EndIsTheNextItemInTheSameLane_OrTheNextSpanningItem()
    {
        using var site = WithEvent("""
            start: 2024-03-08
            schedule:
              - { id: a1, title: A1, time: "09:00", room: A }
              - { id: b1, title: B1, time: "09:00", room: B }
              - { id: a2, title: A2, time: "10:00", room: A }
              - { id: fika, title: Fika, time: "11:00" }
              - { id: b2, title: B2, time: "11:30", track: B }
              - { id: last, title: Last, time: "12:00", room: A }
            """);
        var model = site.LoadValid();

        Assert.Equal(At("2024-03-08T10:00"), model.Item("a1").End);
        Assert.Equal(At("2024-03-08T11:00"), model.Item("b1").End);
        Assert.Equal(At("2024-03-08T11:00"), model.Item("a2").End);
        Assert.Equal(At("2024-03-08T11:30"), model.Item("fika").End);
        Assert.Null(model.Item("b2").End);
        Assert.Null(model.Item("last").End);
    }

    [Fact]
    public void NextItemRule_StaysOnTheSameProgrammeDay()
    {
        using var site = WithEvent("""
            start: 2024-03-08
            end: 2024-03-09
            schedule:
              - { id: evening, title: Evening, time: "19:00" }
              - { id: morning, title: Morning, day: 2, time: "09:00" }
            """);
        var model = site.LoadValid();

        Assert.Null(model.Item("evening").End);
        Assert.Null(model.Item("morning").End);
    }

    [Fact]
    public void LastItemOfEachLaneOnTheLastDay_EndsWithTheEvent_WhenTheEventsEndHasATime()
    {
        using var site = WithEvent("""
            start: 2024-03-08T09:00
            end: 2024-03-09T15:00
            schedule:
              - { id: first-evening, title: First evening, time: "16:00" }
              - { id: a-morning, title: A morning, day: 2, time: "09:00", room: A }
              - id: a-last
                title: A last
                day: 2
                time: "13:00"
                room: A
                items:
                  - { id: part, title: Part, time: "13:30" }
              - { id: b-last, title: B last, day: 2, time: "10:00", room: B }
              - { id: after-the-end, title: After the end, day: 2, time: "16:00", room: C }
            """);
        var model = site.LoadValid();

        Assert.Equal((EndSource.None, null), (model.Item("first-evening").EndFrom, model.Item("first-evening").End));
        Assert.Equal((EndSource.NextItem, At("2024-03-09T13:00")), (model.Item("a-morning").EndFrom, model.Item("a-morning").End));
        Assert.Equal((EndSource.EventEnd, At("2024-03-09T15:00")), (model.Item("a-last").EndFrom, model.Item("a-last").End));
        Assert.Equal((EndSource.EventEnd, At("2024-03-09T15:00")), (model.Item("b-last").EndFrom, model.Item("b-last").End));
        Assert.Equal((EndSource.None, null), (model.Item("after-the-end").EndFrom, model.Item("after-the-end").End));

        // The event's end says nothing about a part of an item.
        Assert.Equal((EndSource.None, null), (model.Item("part").EndFrom, model.Item("part").End));
    }

    [Fact]
    public void EventEndAfterMidnight_EndsTheLastItemOfTheNightsProgrammeDay()
    {
        using var site = WithEvent("""
            start: 2024-03-08T18:00
            end: 2024-03-09T01:00
            schedule:
              - { id: dance, title: Dance, time: "22:00" }
            """);

        Assert.Equal((EndSource.EventEnd, At("2024-03-09T01:00")), (site.LoadValid().Item("dance").EndFrom, site.LoadValid().Item("dance").End));
    }

    [Fact]
    public void AllDayEvent_GivesNoEnd_AndEachRuleIsRecorded()
    {
        using var site = WithEvent("""
            start: 2024-03-08
            end: 2024-03-08
            schedule:
              - { id: declared, title: Declared, time: "09:00", end: "09:30" }
              - { id: timed, title: Timed, time: "10:00", duration: 30m }
              - id: inferred
                title: Inferred
                time: "11:00"
                items:
                  - { id: shares, title: Shares }
              - { id: last, title: Last, time: "12:00" }
            """);
        var model = site.LoadValid();

        Assert.Equal(EndSource.Declared, model.Item("declared").EndFrom);
        Assert.Equal(EndSource.Duration, model.Item("timed").EndFrom);
        Assert.Equal(EndSource.NextItem, model.Item("inferred").EndFrom);
        Assert.Equal((EndSource.Parent, At("2024-03-08T12:00")), (model.Item("shares").EndFrom, model.Item("shares").End));
        Assert.Equal((EndSource.None, null), (model.Item("last").EndFrom, model.Item("last").End));
    }

    [Fact]
    public void UntimedTopLevelItems_HaveNoStart_AndComeLast()
    {
        using var site = WithEvent("""
            start: 2024-03-08
            schedule:
              - { id: later, title: Later }
              - { id: talk, title: Talk, time: "10:00", duration: 30m }
              - { id: also-later, title: Also later, duration: 30m }
            """);
        var model = site.LoadValid();
        var ev = model.FindEvent("test")!;

        Assert.Equal(["talk", "later", "also-later"], ev.Items.Select(i => i.Id));
        Assert.Null(model.Item("later").Start);
        Assert.Null(model.Item("later").End);
        Assert.Null(model.Item("later").ProgrammeDate);
        Assert.Null(model.Item("also-later").End);
    }

    [Fact]
    public void TimeBeforeDayChange_IsTheNextCalendarDate_OnTheSameProgrammeDay()
    {
        using var site = WithEvent("""
            start: 2024-03-08
            end: 2024-03-09
            dayChange: "05:00"
            schedule:
              - { id: dinner, title: Dinner, time: "19:00" }
              - { id: night, title: Night swim, day: 1, time: "00:30", end: "01:30" }
              - { id: party, title: Party, day: 1, time: "22:00", end: "02:00" }
              - { id: breakfast, title: Breakfast, day: 2, time: "08:00" }
            """);
        site.Write("content/events/test/sessions/late-show.sv.md", "---\ntitle: Late show\nstart: 2024-03-09T01:00\n---\n");
        site.Write("content/events/test/sessions/early-bird.sv.md", "---\ntitle: Early bird\nstart: 2024-03-09T05:00\n---\n");
        var model = site.LoadValid();

        var night = model.Item("night");
        Assert.Equal(At("2024-03-09T00:30"), night.Start);
        Assert.Equal(At("2024-03-09T01:30"), night.End);
        Assert.Equal(new DateOnly(2024, 3, 8), night.ProgrammeDate);
        Assert.Equal(At("2024-03-09T02:00"), model.Item("party").End);
        Assert.Equal(At("2024-03-08T22:00"), model.Item("dinner").End);
        Assert.Equal(new DateOnly(2024, 3, 8), model.Item("late-show").ProgrammeDate);
        Assert.Equal(new DateOnly(2024, 3, 9), model.Item("early-bird").ProgrammeDate);
        Assert.Equal(
            ["dinner", "party", "night", "late-show", "early-bird", "breakfast"],
            model.FindEvent("test")!.Items.Select(i => i.Id));
    }

    [Fact]
    public void NestedItemsWithoutTime_ShareTheirParentsTime_AndKeepTheirOrder()
    {
        using var site = WithEvent("""
            start: 2024-03-08
            schedule:
              - id: groups
                title: Group work
                time: "14:00"
                duration: 1h
                items:
                  - id: theme-b
                    title: Theme B
                    items:
                      - { id: case, title: Case }
                  - { id: theme-a, title: Theme A }
              - id: talks
                title: Talks
                time: "15:00"
                end: "16:00"
                items:
                  - { id: second, title: Second, time: "15:30" }
                  - { id: first, title: First, time: "15:00" }
            """);
        var model = site.LoadValid();

        foreach (var id in new[] { "theme-b", "case", "theme-a" })
        {
            Assert.Equal(At("2024-03-08T14:00"), model.Item(id).Start);
            Assert.Equal(At("2024-03-08T15:00"), model.Item(id).End);
            Assert.Equal(new DateOnly(2024, 3, 8), model.Item(id).ProgrammeDate);
        }

        Assert.Equal(["theme-b", "theme-a"], model.Item("groups").Children.Select(c => c.Id));
        Assert.Equal(["first", "second"], model.Item("talks").Children.Select(c => c.Id));
        Assert.Equal(At("2024-03-08T15:30"), model.Item("first").End);
        Assert.Null(model.Item("second").End);
    }

    [Fact]
    public void NestedItemWithTime_IsOnItsParentsProgrammeDay()
    {
        using var site = WithEvent("""
            start: 2024-03-08
            end: 2024-03-09
            schedule:
              - id: day-two
                title: Day two
                day: 2
                time: "09:00"
                end: "12:00"
                items:
                  - { id: part, title: Part, time: "10:00", duration: 30m }
            """);
        var part = site.LoadValid().Item("part");

        Assert.Equal(At("2024-03-09T10:00"), part.Start);
        Assert.Equal(At("2024-03-09T10:30"), part.End);
    }

    [Fact]
    public void TopLevelItems_AreSortedByDayTimeAndLane_ThenAsWritten()
    {
        using var site = WithEvent("""
            start: 2024-03-08
            end: 2024-03-09
            schedule:
              - { id: d2, title: D2, day: 2, time: "09:00" }
              - { id: stora, title: Stora, time: "10:00", room: Stora salen }
              - { id: lilla, title: Lilla, time: "10:00", room: Lilla salen }
              - { id: lilla-early, title: Lilla early, time: "09:00", room: Lilla salen }
              - { id: plenary, title: Plenary, time: "09:00" }
              - { id: open, title: Open, time: "09:00" }
            """);
        var ev = site.LoadValid().FindEvent("test")!;

        Assert.Equal(["plenary", "open", "lilla-early", "lilla", "stora", "d2"], ev.Items.Select(i => i.Id));
    }

    [Fact]
    public void PersonItems_AreOrderedByStartThenEventThenId_WithoutDuplicates()
    {
        using var site = WithEvent("""
            start: 2024-03-08
            schedule:
              - { id: tba, title: To be announced, speakers: [anna] }
              - { id: talk-b, title: Talk B, time: "13:00", speakers: [anna], moderators: [anna] }
              - { id: talk-a, title: Talk A, time: "13:00", room: X, speakers: [anna] }
              - id: panel
                title: Panel
                time: "09:00"
                moderators: [anna]
                items:
                  - { id: intro, title: Intro, speakers: [anna, olof] }
            """);
        site.Write("content/events/another/index.sv.md", """
            ---
            title: Another
            start: 2024-03-08
            schedule:
              - { id: talk, title: Talk, time: "13:00", room: Y, speakers: [anna] }
              - { id: zzz, title: Untimed, speakers: [anna] }
            ---
            """);
        var model = site.LoadValid();

        Assert.Equal(
            ["test/intro", "test/panel", "another/talk", "test/talk-a", "test/talk-b", "another/zzz", "test/tba"],
            model.People["anna"].Items.Select(i => i.Key));
        Assert.Equal(["test/intro"], model.People["olof"].Items.Select(i => i.Key));
    }

    [Fact]
    public void ExampleSite_HasTwoVerkstedDays_AndFourteenReglabWorkshopsWithoutRoomClashes()
    {
        var bag = new DiagnosticBag();
        var model = SiteLoader.Load(RepoPaths.Root, bag);
        var diagnostics = bag.ToSortedList();

        Assert.NotNull(model);
        var verksted = model!.FindEvent("2017-verksted-regional-utvikling")!;
        Assert.Equal(
            [new DateOnly(2017, 9, 25), new DateOnly(2017, 9, 26)],
            verksted.Items.Select(i => i.ProgrammeDate!.Value).Distinct());
        Assert.Equal(At("2017-09-25T10:00"), verksted.Items.Single(i => i.Id == "registrering").End);

        var reglab = model.FindEvent("2018-reglab-arskonferens")!;
        var workshops = reglab.Items.Where(i => i.IsFile).ToList();
        Assert.Equal(14, workshops.Count);
        Assert.All(workshops, w =>
        {
            Assert.Equal(new DateOnly(2018, 3, 15), w.ProgrammeDate);
            Assert.Equal(TimeSpan.FromMinutes(45), w.End - w.Start);
        });
        Assert.DoesNotContain(diagnostics, d => d.Code == DiagnosticCodes.RoomOverlap);
        Assert.DoesNotContain(diagnostics, d => d.Code.StartsWith("AJ03", StringComparison.Ordinal));
    }
}
