using System.Globalization;
using Arshjul.Site.Calendar;
using Arshjul.Site.Model;
using NodaTime;

namespace Arshjul.Site.Tests.Calendar;

/// <summary>
/// The instants a site's VEVENTs should have, computed from the model with the tz database
/// (NodaTime's tzdb; RFC 5545 §3.3.5: a time in a gap takes the offset before it, one in an overlap
/// its first occurrence), and the check that ical.js, libical and vobject each give exactly them
/// when they read the files with their own VTIMEZONEs.
/// </summary>
internal static class CalendarInstants
{
    public sealed record Expected(string? Start, string? End);

    /// <summary>By UID: every event and every timed item (nested ones too) of the model.</summary>
    public static Dictionary<string, Expected> From(SiteModel model)
    {
        var identity = CalendarTestSupport.Builder(model).Identity;
        var expected = new Dictionary<string, Expected>(StringComparer.Ordinal);
        foreach (var ev in model.Events)
        {
            expected[identity.For(ev).Uid] = ev.IsAllDay
                ? new Expected(Date(ev.StartDate), Date(ev.EndDate.AddDays(1)))
                : new Expected(Utc(ev.TimeZoneId, ev.Start.ToDateTime()), ev.End is { Time: { } time } end ? Utc(ev.TimeZoneId, end.Date.ToDateTime(time)) : null);
            foreach (var item in ev.AllItems.Where(i => i.Start is not null))
            {
                expected[identity.For(item).Uid] = new Expected(Utc(ev.TimeZoneId, item.Start!.Value), item.End is { } e ? Utc(ev.TimeZoneId, e) : null);
            }
        }

        return expected;
    }

    /// <summary>A local time in a zone as the parsers print it: 2024-03-31T07:00:00Z.</summary>
    public static string Utc(string tzId, DateTime local)
    {
        var zone = string.Equals(tzId, "UTC", StringComparison.OrdinalIgnoreCase) ? DateTimeZone.Utc : DateTimeZoneProviders.Tzdb[tzId];
        var instant = zone.ResolveLocal(LocalDateTime.FromDateTime(local), NodaTime.TimeZones.Resolvers.LenientResolver).ToInstant();
        return instant.ToDateTimeUtc().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// Every file passes ical.js's checks and both Python parsers without errors, and each parser
    /// gives every VEVENT exactly its expected instants; returns how many VEVENTs were compared per parser.
    /// </summary>
    public static int AssertEveryParserGives(IReadOnlyList<(string Path, string Text)> files, IReadOnlyDictionary<string, Expected> expected)
    {
        var texts = files.Select(f => f.Text).ToArray();
        var icalJs = IcalChecker.Check(texts);
        var python = IcalUtcChecker.Check(texts);
        var failures = new List<string>();
        var compared = 0;
        for (var i = 0; i < files.Count; i++)
        {
            var path = files[i].Path;
            failures.AddRange(icalJs[i].Errors.Select(e => $"{path}: ical.js: {e}"));
            failures.AddRange(python[i].Errors.Select(e => $"{path}: {e}"));
            var parsers = new (string Name, IEnumerable<(string? Uid, string? Start, string? End)> Events)[]
            {
                ("ical.js", icalJs[i].Events.Select(e => (e.Uid, e.Start, e.End))),
                ("libical", python[i].Libical.Select(e => (e.Uid, e.Start, e.End))),
                ("vobject", python[i].Vobject.Select(e => (e.Uid, e.Start, e.End))),
            };
            var count = CalendarTestSupport.Unfolded(files[i].Text).Count(l => l == "BEGIN:VEVENT");
            foreach (var (name, events) in parsers)
            {
                var list = events.ToList();
                if (list.Count != count) failures.Add($"{path}: {name} read {list.Count} VEVENTs of {count}");
                foreach (var (uid, start, end) in list)
                {
                    if (uid is null || !expected.TryGetValue(uid, out var want))
                    {
                        failures.Add($"{path}: {name}: a VEVENT with no expected instants: {uid}");
                        continue;
                    }

                    if (start != want.Start || end != want.End)
                    {
                        failures.Add($"{path}: {name}: {uid} is {start} – {end}, the tz database says {want.Start} – {want.End}");
                    }
                }
            }

            compared += count;
        }

        Assert.True(failures.Count == 0, $"{failures.Count} disagreement(s) with the tz database:\n" + string.Join("\n", failures.Take(60)));
        return compared;
    }
}
