using System.Collections.Concurrent;
using NodaTime;
using NodaTime.TimeZones;

namespace Arshjul.Site.Model;

/// <summary>
/// The rules of a time zone, from the tz database that ships with NodaTime, so every machine (a
/// laptop, a CI runner, Windows) turns a local time into the same instant and writes the same
/// VTIMEZONE; the machine's own rules only for an id the tz database lacks. Safe from several threads.
/// </summary>
public static class ZoneRules
{
    private static readonly ConcurrentDictionary<string, DateTimeZone> Zones = new(StringComparer.Ordinal);

    /// <exception cref="ArgumentException">Neither the tz database nor the machine knows the zone (the model checks it first).</exception>
    public static DateTimeZone For(string tzId) => Zones.GetOrAdd(tzId, Find);

    private static DateTimeZone Find(string tzId)
    {
        if (DateTimeZoneProviders.Tzdb.GetZoneOrNull(tzId) is { } zone) return zone;
        if (TimeZoneInfo.TryFindSystemTimeZoneById(tzId, out var system)) return BclDateTimeZone.FromTimeZoneInfo(system);
        throw new ArgumentException($"'{tzId}' is not a time zone in the tz database or on this machine.", nameof(tzId));
    }
}
