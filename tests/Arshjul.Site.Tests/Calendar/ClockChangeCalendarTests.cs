using Arshjul.Site.Build;
using Arshjul.Site.Diagnostics;
using Arshjul.Site.Tests.Support;

namespace Arshjul.Site.Tests.Calendar;

/// <summary>
/// A time the clocks skip (spring) or pass twice (autumn) is a warning (ClockChangeTests), and its
/// calendar entry lands at the instant RFC 5545 §3.3.5 gives it, in every parser: a skipped time is
/// written as the clock time after the gap, a repeated one in UTC. Written as given with a TZID, calendar
/// apps read both differently (ical.js and libical put a skipped 02:30 an hour early and a repeated one
/// an hour late).
/// </summary>
public sealed class ClockChangeCalendarTests
{
    [Fact]
    public void SkippedAndRepeatedTimes_AreWrittenInUtc_AndEveryParserReadsTheRfcInstant()
    {
        using var site = new TestSite("""
            title: Klockbyten
            baseUrl: https://example.org/
            languages: [sv]
            timeZone: Europe/Stockholm
            """);
        // Stockholm: clocks go 02:00 → 03:00 on 2024-03-31 and 03:00 → 02:00 on 2024-10-27.
        Event(site, "var", "Europe/Stockholm", "2024-03-31T01:00", "02.30", "04.00");
        Event(site, "host", "Europe/Stockholm", "2024-10-27T01:00", "02.30", "04.00");
        // Lord Howe: half-hour changes, 02:00 → 02:30 on 2024-10-06 and 02:00 → 01:30 on 2024-04-07.
        Event(site, "lord-howe-var", "Australia/Lord_Howe", "2024-10-06T01:00", "02.15", "04.00");
        Event(site, "lord-howe-host", "Australia/Lord_Howe", "2024-04-07T00:30", "01.45", "04.00");

        var build = SiteBuilder.Build(new BuildRequest { Source = site.Root, WriteOutput = false, Now = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero) });
        Assert.True(build.Succeeded, string.Join("\n", build.Diagnostics));
        Assert.Equal(4, build.Diagnostics.Count(d => d.Code is DiagnosticCodes.SkippedLocalTime or DiagnosticCodes.RepeatedLocalTime));

        // Skipped: read with the offset before the gap, so it is as much later on the clock as the gap is
        // long, and written as that clock time (which is unambiguous). Repeated: the first occurrence (the
        // offset before the change), written in UTC, since a TZID time there is read differently by apps.
        var expected = new Dictionary<string, (string Line, string Utc)>
        {
            ["var"] = ("DTSTART;TZID=Europe/Stockholm:20240331T033000", "2024-03-31T01:30:00Z"),          // 02:30 at +01:00
            ["host"] = ("DTSTART:20241027T003000Z", "2024-10-27T00:30:00Z"),                               // the first 02:30, at +02:00
            ["lord-howe-var"] = ("DTSTART;TZID=Australia/Lord_Howe:20241006T024500", "2024-10-05T15:45:00Z"), // 02:15 at +10:30
            ["lord-howe-host"] = ("DTSTART:20240406T144500Z", "2024-04-06T14:45:00Z"),                      // the first 01:45, at +11:00
        };
        var files = build.Files.Where(f => f.Path.EndsWith(".ics", StringComparison.Ordinal))
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .Select(f => (f.Path, System.Text.Encoding.UTF8.GetString(f.Content)))
            .ToList();
        foreach (var (slug, (line, _)) in expected)
        {
            var programme = files.Single(f => f.Path == $"sv/events/{slug}/programme.ics").Item2;
            var lines = CalendarTestSupport.Unfolded(programme);
            Assert.True(lines.Contains(line), $"{slug}: no {line} in\n{programme}");
            // The item's end is an ordinary time, still written in the event's zone.
            Assert.Contains(lines, l => l.StartsWith("DTEND;TZID=", StringComparison.Ordinal) && l.EndsWith("T040000", StringComparison.Ordinal));
        }

        // ical.js, libical and vobject give every VEVENT the instant pages and structured data use.
        var instants = CalendarInstants.From(build.Model!);
        foreach (var (slug, (_, utc)) in expected)
        {
            Assert.Equal(utc, instants.Single(p => p.Key.StartsWith(slug + "/", StringComparison.Ordinal)).Value.Start);
        }

        CalendarInstants.AssertEveryParserGives(files, instants);
    }

    private static void Event(TestSite site, string slug, string tzId, string start, string time, string end) =>
        site.Write($"content/events/{slug}/index.sv.md", $"""
            ---
            title: Möte {slug}
            timeZone: {tzId}
            start: {start}
            end: {start[..10]}T06:00
            dayChange: "00:00"
            schedule:
              - title: Pass {slug}
                time: "{time}"
                end: "{end}"
            ---
            """);
}
