using Arshjul.Site.Calendar;
using Arshjul.Site.Rendering;
using Arshjul.Site.Rendering.Feeds;
using Arshjul.Site.Tests.Support;
using static Arshjul.Site.Tests.Schedule.ScheduleSites;

namespace Arshjul.Site.Tests.Schedule;

/// <summary>
/// Written times that a clock change skips or repeats (content model, "Times"): a warning at the key,
/// and one reading of the time everywhere (RFC 5545: a skipped time with the offset before the gap,
/// a repeated time its first occurrence). Europe/Stockholm: 2025-03-30 02:00 → 03:00, 2025-10-26 03:00 → 02:00.
/// </summary>
public sealed class ClockChangeTests
{
    private const string SkippedHint =
        "RFC 5545 reads a skipped time with the offset from before the change, so it lands later on the clock, as pages and calendar files show it. ";

    [Fact]
    public void SkippedTimes_AreWarnedAtTheirKey_AndReadPastTheGap()
    {
        // Line 3 is the event's start; the night of day 1 (before the 04:00 day change) is 2025-03-30.
        using var site = WithEvent("""
            start: 2025-03-29T20:00
            end: 2025-03-30T12:00
            schedule:
              - id: natt
                title: Natt
                time: "02.15"
                end: "02:45"
            """);
        site.Write("content/events/test/sessions/nattpass.sv.md", "---\ntitle: Nattpass\nstart: 2025-03-30T02:30\nduration: 30m\n---\n");

        var (model, diagnostics) = site.Load();

        Assert.NotNull(model);
        Assert.Equal(
            [
                "content/events/test/index.sv.md:8:11: warning AJ0310: 'time' is 02:15 on 2025-03-30, a time that does not exist in Europe/Stockholm: "
                + "the clocks go forward from 02:00 to 03:00 that night. It is read as 03:15 (UTC+02:00).",
                "content/events/test/index.sv.md:9:10: warning AJ0310: 'end' is 02:45 on 2025-03-30, a time that does not exist in Europe/Stockholm: "
                + "the clocks go forward from 02:00 to 03:00 that night. It is read as 03:45 (UTC+02:00).",
                "content/events/test/sessions/nattpass.sv.md:3:8: warning AJ0310: 'start' is 02:30 on 2025-03-30, a time that does not exist in Europe/Stockholm: "
                + "the clocks go forward from 02:00 to 03:00 that night. It is read as 03:30 (UTC+02:00).",
            ],
            diagnostics.Select(d => d.ToString()));
        Assert.Equal(SkippedHint + "Write the time you mean: 03:15 if that is right, else a time before 02:00.", diagnostics[0].Hint);

        Assert.Equal((At("2025-03-30T03:15"), At("2025-03-30T03:45")), (model.Item("natt").Start, model.Item("natt").End));
        Assert.Equal((At("2025-03-30T03:30"), At("2025-03-30T04:00")), (model.Item("nattpass").Start, model.Item("nattpass").End));
        Assert.Equal("2025-03-30T03:15:00+02:00", ViewFactory.Iso(model.FindEvent("test")!, model.Item("natt").Start!.Value, dateOnly: false));
    }

    [Fact]
    public void RepeatedTimes_AreWarned_AndReadAsTheFirstOccurrence_InPagesLinksAndFeeds()
    {
        using var site = WithEvent("""
            start: 2025-10-26T02:30
            end: 2025-10-26T09:00
            """);

        var (model, diagnostics) = site.Load();

        Assert.NotNull(model);
        var warning = Assert.Single(diagnostics);
        Assert.Equal(
            "content/events/test/index.sv.md:3:8: warning AJ0311: 'start' is 02:30 on 2025-10-26, a time that happens twice in Europe/Stockholm: "
            + "the clocks go back from 03:00 to 02:00 that night. It is read as the first 02:30 (UTC+02:00), not the second (UTC+01:00).",
            warning.ToString());
        Assert.Equal(
            "The first of the two is taken (RFC 5545) and calendar files give it in UTC, since calendar apps disagree on such times; the second cannot be written. A time outside 02:00–03:00 that night cannot be misread.",
            warning.Hint);

        var ev = model.FindEvent("test")!;
        Assert.Equal("2025-10-26T02:30:00+02:00", ViewFactory.Iso(ev, ev.Start.ToDateTime(), dateOnly: false));
        Assert.Equal(new DateTimeOffset(2025, 10, 26, 2, 30, 0, TimeSpan.FromHours(2)), Arshjul.Site.Rendering.Feeds.FeedXml.At(ev.Start.ToDateTime(), ev.TimeZone));

        // A wall-clock time with ctz cannot say which 02:30: the link gives both times in UTC.
        var link = GoogleCalendarLink.For(ev, "sv", m => m.Markdown, model.Options);
        Assert.Contains("&dates=20251026T003000Z/20251026T080000Z&ctz=Europe/Stockholm", link, StringComparison.Ordinal);
    }

    [Fact]
    public void SkippedEventEnd_IsWarned_AndTheEventEndsPastTheGap()
    {
        using var site = WithEvent("""
            start: 2025-03-29T18:00
            end: 2025-03-30T02:30
            """);

        var (model, diagnostics) = site.Load();

        Assert.NotNull(model);
        Assert.Equal(
            "content/events/test/index.sv.md:4:6: warning AJ0310: 'end' is 02:30 on 2025-03-30, a time that does not exist in Europe/Stockholm: "
            + "the clocks go forward from 02:00 to 03:00 that night. It is read as 03:30 (UTC+02:00).",
            Assert.Single(diagnostics).ToString());
        Assert.Equal(new Content.LocalDateTimeValue(new DateOnly(2025, 3, 30), new TimeOnly(3, 30)), model.FindEvent("test")!.End);
    }

    [Fact]
    public void OrdinaryTimes_AndADurationAcrossTheChange_GiveNoWarning()
    {
        // 01:30 + 1h lands at 02:30 on the clock, in the gap; a computed end is not the author's, so no warning.
        using var site = WithEvent("""
            start: 2025-03-29T20:00
            end: 2025-03-30T12:00
            schedule:
              - { id: sent, title: Sent, time: "01:30", duration: 1h }
              - { id: dag, title: Dag, day: 2, time: "10:00" }
            """);

        var (model, diagnostics) = site.Load();

        Assert.NotNull(model);
        Assert.Empty(diagnostics);
        Assert.Equal(At("2025-03-30T03:30"), model.Item("sent").End);
    }
}
