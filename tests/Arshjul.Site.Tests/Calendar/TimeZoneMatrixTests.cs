using System.Globalization;
using System.Text;
using Arshjul.Site.Build;
using Arshjul.Site.Tests.Support;
using NodaTime;

namespace Arshjul.Site.Tests.Calendar;

/// <summary>
/// Issue 13, point 1: calendars stay right whatever the date and whatever the day of building. A site
/// with events in six zones, 1, 10, 11, 12, 13 and 120 months ahead of two build dates a year apart,
/// back to 2010 (São Paulo's last DST in 2018, Moscow's changes of 2011 and 2014), and on both sides of
/// every transition of the years that matter, is built on both dates: the .ics bytes are the same, and
/// ical.js, libical and vobject, each reading the files' own VTIMEZONEs, give every DTSTART and DTEND
/// exactly the instant of the tz database.
/// </summary>
public sealed class TimeZoneMatrixTests
{
    private static readonly string[] Zones = ["Europe/Stockholm", "Europe/Oslo", "America/Sao_Paulo", "Europe/Moscow", "Australia/Lord_Howe", "UTC"];

    private static readonly DateTimeOffset[] BuildDates =
    [
        new(2026, 3, 15, 12, 0, 0, TimeSpan.Zero),
        new(2027, 3, 15, 12, 0, 0, TimeSpan.Zero),
    ];

    private static readonly int[] MonthsAhead = [1, 10, 11, 12, 13, 120];

    // The years whose transitions get an event across them: the historical changes and the years the
    // events ahead fall in.
    private static readonly int[] TransitionYears = [2010, 2011, 2014, 2018, 2019, 2026, 2027, 2028, 2036, 2037];

    [Fact]
    public void CalendarsInSixZones_AreTheSameOnTwoBuildDates_AndEveryParserGivesTheTzDatabasesInstants()
    {
        using var site = new TestSite("""
            title: Tidszoner
            baseUrl: https://example.org/
            languages: [sv]
            timeZone: Europe/Stockholm
            """);
        var events = WriteEvents(site);

        var builds = BuildDates.Select(now => SiteBuilder.Build(new BuildRequest { Source = site.Root, WriteOutput = false, Now = now })).ToList();
        foreach (var build in builds) Assert.True(build.Succeeded, string.Join("\n", build.Diagnostics));
        var calendars = builds.Select(b => b.Files.Where(f => f.Path.EndsWith(".ics", StringComparison.Ordinal)).ToDictionary(f => f.Path, f => f.Content)).ToList();

        // The same files with the same bytes, whichever day the site is built.
        Assert.Equal(calendars[0].Keys.Order(StringComparer.Ordinal), calendars[1].Keys.Order(StringComparer.Ordinal));
        foreach (var (path, bytes) in calendars[0]) Assert.True(bytes.AsSpan().SequenceEqual(calendars[1][path]), $"{path} differs between the build dates");

        var files = calendars[0].OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => (c.Key, Encoding.UTF8.GetString(c.Value))).ToList();
        Assert.True(files.Count > events, $"{files.Count} calendars for {events} events");
        var expected = CalendarInstants.From(builds[0].Model!);
        var compared = CalendarInstants.AssertEveryParserGives(files, expected);

        // The site feed holds every event, in every zone, in one file.
        var feed = files.Single(f => f.Key == "sv/calendar.ics").Item2;
        foreach (var zone in Zones.Where(z => z != "UTC")) Assert.Contains("TZID:" + zone + "\r\n", feed, StringComparison.Ordinal);
        Assert.True(compared >= 2 * events, $"compared {compared} VEVENTs for {events} events");
    }

    /// <summary>Writes the events, each with one inline item; returns how many.</summary>
    private static int WriteEvents(TestSite site)
    {
        var count = 0;
        foreach (var tzId in Zones)
        {
            var zoneSlug = tzId.Split('/')[^1].ToLowerInvariant().Replace('_', '-');
            var zone = tzId == "UTC" ? DateTimeZone.Utc : DateTimeZoneProviders.Tzdb[tzId];

            // Ahead of each build date, at 10:00 local on that day.
            var days = BuildDates.SelectMany(now => MonthsAhead.Select(m => now.AddMonths(m).Date)).Distinct().ToList();
            // Back to 2010, and the changes: São Paulo's last DST (to 2019-02-17, started again 2018-11-04),
            // Moscow's permanent summer time (2011-03-27) and its return to +03 (2014-10-26).
            days.AddRange([new DateTime(2010, 1, 15), new DateTime(2010, 7, 15), new DateTime(2018, 1, 10), new DateTime(2018, 12, 10),
                new DateTime(2019, 12, 10), new DateTime(2012, 1, 10), new DateTime(2013, 7, 10), new DateTime(2015, 1, 10)]);
            foreach (var day in days)
            {
                var start = day.AddHours(10);
                Write(site, $"{zoneSlug}-{day:yyyyMMdd}", tzId, start, start.AddHours(6), start.AddHours(2));
                count++;
            }

            // Across each transition: the event starts just before and ends just after it, with an item
            // just after, all on unambiguous local times (a minute more than the change away from it).
            var transitions = TransitionYears
                .SelectMany(y => zone.GetZoneIntervals(Instant.FromUtc(y, 1, 1, 0, 0), Instant.FromUtc(y + 1, 1, 1, 0, 0)))
                .Where(i => i.HasStart && i.Start >= Instant.FromUtc(TransitionYears[0], 1, 1, 0, 0))
                .Select(i => (i.Start, Change: (i.WallOffset - zone.GetUtcOffset(i.Start - Duration.Epsilon)).ToTimeSpan().Duration()))
                .Distinct();
            foreach (var (at, change) in transitions)
            {
                var margin = Duration.FromTimeSpan(change) + Duration.FromMinutes(1);
                var before = Local(zone, at - margin);
                var after = Local(zone, at + margin);
                Write(site, $"{zoneSlug}-t{at.ToUnixTimeSeconds()}", tzId, before, after.AddHours(1), after);
                count++;
            }
        }

        return count;
    }

    private static DateTime Local(DateTimeZone zone, Instant instant) => instant.InZone(zone).LocalDateTime.ToDateTimeUnspecified();

    private static void Write(TestSite site, string slug, string tzId, DateTime start, DateTime end, DateTime itemStart)
    {
        var dayOfItem = (itemStart.Date - start.Date).Days + 1;
        site.Write($"content/events/{slug}/index.sv.md", string.Create(CultureInfo.InvariantCulture, $"""
            ---
            title: Möte {slug}
            timeZone: {tzId}
            start: {start:yyyy-MM-ddTHH:mm}
            end: {end:yyyy-MM-ddTHH:mm}
            dayChange: "00:00"
            schedule:
              - title: Pass {slug}
                day: {dayOfItem}
                time: "{itemStart:HH.mm}"
                duration: 30m
            ---
            """));
    }
}
