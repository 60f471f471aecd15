using Arshjul.Site.Diagnostics;
using static Arshjul.Site.Tests.Schedule.ScheduleSites;

namespace Arshjul.Site.Tests.Schedule;

public sealed class ScheduleChecksTests
{
    private static IEnumerable<string> Lines(IEnumerable<Diagnostic> diagnostics, string codePrefix = "AJ03") =>
        diagnostics.Where(d => d.Code.StartsWith(codePrefix, StringComparison.Ordinal) || d.Code == DiagnosticCodes.EndBeforeStart)
            .Select(d => d.ToString());

    [Fact]
    public void EndBeforeStart_IsAnErrorAtTheEnd_AndTheItemHasNoEnd()
    {
        using var site = WithEvent("""
            start: 2024-03-08
            schedule:
              - id: talk
                title: Talk
                time: "12:00"
                end: "11:00"
            """);
        var (model, diagnostics) = site.Load();

        Assert.Null(model);
        Assert.Equal(
            ["content/events/test/index.sv.md:8:10: error AJ0102: 'end' (11:00) is before 'time' (12:00)."],
            Lines(diagnostics));
    }

    [Fact]
    public void EndBeforeStart_InASessionFile_NamesStart_AndShowsWholeDatesWhenTheyDiffer()
    {
        using var site = WithEvent("start: 2024-03-08");
        site.Write("content/events/test/sessions/talk.sv.md", "---\ntitle: Talk\nstart: 2024-03-08T12:00\nend: 2024-03-07T13:00\n---\n");
        var (_, diagnostics) = site.Load();

        Assert.Equal(
            ["content/events/test/sessions/talk.sv.md:4:6: error AJ0102: 'end' (2024-03-07T13:00) is before 'start' (2024-03-08T12:00)."],
            Lines(diagnostics));
    }

    [Fact]
    public void RoomOverlap_IsAWarningAtTheLaterItem_NamingBoth()
    {
        using var site = WithEvent("""
            start: 2024-03-08
            schedule:
              - { id: a, title: First talk, time: "10:00", duration: 45m, room: Sal A }
              - { id: b, title: Second talk, time: "10:30", duration: 45m, room: Sal A }
              - { id: c, title: Elsewhere, time: "10:30", duration: 45m, room: Sal B }
              - { id: d, title: Cancelled, time: "10:00", duration: 45m, room: Sal A, status: cancelled }
              - { id: e, title: Right after, time: "10:45", room: Sal A }
            """);
        var (model, diagnostics) = site.Load();

        Assert.NotNull(model);
        Assert.Equal(
            ["content/events/test/index.sv.md:6:5: warning AJ0300: 'Second talk' (10:30–11:15) overlaps 'First talk' (10:00–10:45) in room 'Sal A' on 2024-03-08.",
             "content/events/test/index.sv.md:9:5: warning AJ0300: 'Right after' (10:45) overlaps 'Second talk' (10:30–11:15) in room 'Sal A' on 2024-03-08."],
            Lines(diagnostics));
    }

    [Fact]
    public void RoomOverlap_ChecksNestedItemsAgainstTheirSiblingsOnly()
    {
        using var site = WithEvent("""
            start: 2024-03-08
            schedule:
              - id: workshop
                title: Workshop
                time: "13:00"
                end: "15:00"
                room: Sal A
                items:
                  - { id: part-1, title: Part 1, room: Sal A }
                  - { id: part-2, title: Part 2, room: Sal A }
            """);
        var (_, diagnostics) = site.Load();

        Assert.Equal(
            ["content/events/test/index.sv.md:12:9: warning AJ0300: 'Part 2' (13:00–15:00) overlaps 'Part 1' (13:00–15:00) in room 'Sal A' on 2024-03-08."],
            Lines(diagnostics));
    }

    [Fact]
    public void SpeakerOverlap_IsAWarning_ButNotForAParentAndItsChild()
    {
        using var site = WithEvent("""
            start: 2024-03-08
            schedule:
              - id: panel
                title: Panel
                time: "09:00"
                duration: 1h
                room: Sal A
                moderators: [anna]
                items:
                  - { id: opening, title: Opening, speakers: [anna] }
              - { id: talk, title: Talk, time: "09:30", duration: 30m, room: Sal B, speakers: [anna] }
              - { id: called-off, title: Called off, time: "09:30", room: Sal C, speakers: [anna], status: cancelled }
            """);
        var (_, diagnostics) = site.Load();

        Assert.Equal(
            ["content/events/test/index.sv.md:13:5: warning AJ0301: Anna Berg (anna) is in two places at once on 2024-03-08: 'Talk' (09:30–10:00) and 'Opening' (09:00–10:00).",
             "content/events/test/index.sv.md:13:5: warning AJ0301: Anna Berg (anna) is in two places at once on 2024-03-08: 'Talk' (09:30–10:00) and 'Panel' (09:00–10:00)."],
            Lines(diagnostics));
    }

    [Fact]
    public void SpeakerOverlap_AcrossEvents_NamesTheOtherEvent()
    {
        using var site = WithEvent("""
            start: 2024-03-08
            schedule:
              - { id: talk, title: Talk, time: "10:00", duration: 1h, speakers: [olof] }
            """);
        site.Write("content/events/other/index.sv.md", """
            ---
            title: Other conference
            start: 2024-03-08
            schedule:
              - { id: keynote, title: Keynote, time: "09:30", duration: 1h, speakers: [olof] }
            ---
            """);
        var (_, diagnostics) = site.Load();

        Assert.Equal(
            ["content/events/test/index.sv.md:5:5: warning AJ0301: Olof Lind (olof) is in two places at once on 2024-03-08: 'Talk' (10:00–11:00) and 'Keynote' (09:30–10:30) at 'Other conference'."],
            Lines(diagnostics));
    }

    [Fact]
    public void ItemOutsideTheEventsDates_IsAWarning()
    {
        using var site = WithEvent("""
            start: 2024-03-08
            end: 2024-03-09
            schedule:
              - { id: day-3, title: Day three, day: 3, time: "09:00" }
              - { id: day-2, title: Day two, day: 2, time: "09:00" }
            """);
        site.Write("content/events/test/sessions/early.sv.md", "---\ntitle: Too early\nstart: 2024-03-07T10:00\n---\n");
        var (model, diagnostics) = site.Load();

        Assert.NotNull(model);
        Assert.Equal(
            ["content/events/test/index.sv.md:6:5: warning AJ0302: 'Day three' is on 2024-03-10, outside the event's dates (2024-03-08 to 2024-03-09).",
             "content/events/test/sessions/early.sv.md:2:1: warning AJ0302: 'Too early' is on 2024-03-07, outside the event's dates (2024-03-08 to 2024-03-09)."],
            Lines(diagnostics));
    }

    [Fact]
    public void ItemAfterMidnight_OnTheLastDay_IsStillInsideTheEvent()
    {
        using var site = WithEvent("""
            start: 2024-03-08
            schedule:
              - { id: late, title: Late, time: "01:00" }
              - { id: one-day, title: Day two, day: 2, time: "09:00" }
            """);
        var (_, diagnostics) = site.Load();

        Assert.Equal(
            ["content/events/test/index.sv.md:6:5: warning AJ0302: 'Day two' is on 2024-03-09, outside the event's date (2024-03-08)."],
            Lines(diagnostics));
    }

    [Fact]
    public void NestedItemOutsideItsParentsTime_IsAWarning()
    {
        using var site = WithEvent("""
            start: 2024-03-08
            schedule:
              - id: block
                title: Afternoon block
                time: "13:00"
                end: "15:00"
                items:
                  - { id: early, title: Too early, time: "12:30", duration: 1h }
                  - { id: inside, title: Inside, time: "13:30", end: "14:30" }
                  - { id: long, title: Too long, time: "14:30", duration: 1h }
            """);
        var (_, diagnostics) = site.Load();

        Assert.Equal(
            ["content/events/test/index.sv.md:10:9: warning AJ0303: 'Too early' (12:30–13:30) is outside the time of its parent 'Afternoon block' (13:00–15:00).",
             "content/events/test/index.sv.md:12:9: warning AJ0303: 'Too long' (14:30–15:30) is outside the time of its parent 'Afternoon block' (13:00–15:00)."],
            Lines(diagnostics));
    }
}
