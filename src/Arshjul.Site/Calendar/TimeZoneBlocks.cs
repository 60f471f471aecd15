using System.Collections.Concurrent;
using Ical.Net;
using Ical.Net.CalendarComponents;
using NodaTime;

namespace Arshjul.Site.Calendar;

/// <summary>
/// The serialised VTIMEZONE of a zone, built by Ical.Net with
/// <c>VTimeZone.FromDateTimeZone(id, earliest, includeHistoricalData: false)</c> (its plain
/// constructor writes an empty one) and kept as immutable text, so building it once serves every
/// calendar; safe to use from several threads.
/// </summary>
/// <remarks>
/// Ical.Net builds the component from the zone's intervals between a year before
/// <c>earliest</c> (to the minute, 29 February as the 28th) and now, and from the year of that
/// instant when the zone has no transitions. So two calls whose instants fall in the same zone
/// interval, while now stays in the same interval, give the same text: that is the cache key.
/// CalendarSerializerTests checks this against a fresh build around every transition of several
/// zones since 2009 and on every day since 2016.
/// </remarks>
internal sealed class TimeZoneBlocks
{
    private readonly ConcurrentDictionary<Key, string> _blocks = new();
    private readonly ConcurrentDictionary<string, DateTimeZone?> _zones = new(StringComparer.Ordinal);

    /// <summary>BEGIN:VTIMEZONE … END:VTIMEZONE with CRLFs, as Ical.Net writes it in a calendar.</summary>
    public string For(string tzId, DateTime earliest)
    {
        // The zone as Ical.Net resolves it; an unknown one is left to Ical.Net to report.
        if (_zones.GetOrAdd(tzId, static id => TimeZoneResolvers.TimeZoneResolver(id)) is not { } zone) return Build(tzId, earliest);
        var year = earliest.Year > 1900 ? earliest.Year - 1 : 1900;
        var day = earliest.Month == 2 && earliest.Day == 29 ? 28 : earliest.Day;
        var from = Instant.FromUtc(year, earliest.Month, day, earliest.Hour, earliest.Minute);
        var now = SystemClock.Instance.GetCurrentInstant();
        // Ical.Net refuses rules that start after now (an event more than a year ahead); a zone's rules
        // for the future are the ones in force now, so start from today instead of failing the build.
        if (from > now) return For(tzId, now.ToDateTimeUtc());

        var first = zone.GetZoneInterval(from);
        var current = zone.GetZoneInterval(now);
        var key = new Key(tzId, first.HasStart ? first.Start : Instant.MinValue, first.HasStart ? 0 : year, current.HasStart ? current.Start : Instant.MinValue);
        return _blocks.GetOrAdd(key, static (_, args) => Build(args.tzId, args.earliest), (tzId, earliest));
    }

    /// <summary>What the calendar would have without the cache.</summary>
    internal static string Build(string tzId, DateTime earliest) =>
        IcalNetText.Serialize(VTimeZone.FromDateTimeZone(tzId, earliest, includeHistoricalData: false));

    private readonly record struct Key(string TzId, Instant FirstStart, int FirstYear, Instant NowStart);
}
