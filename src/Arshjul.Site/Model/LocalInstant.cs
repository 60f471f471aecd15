using System.Globalization;
using NodaTime;

namespace Arshjul.Site.Model;

/// <summary>What a local time of a zone is on the clock: an ordinary time, one the clocks skip, or one they pass twice.</summary>
public enum LocalTimeKind
{
    Unique,

    /// <summary>In a spring-forward gap: the clocks jump over it.</summary>
    Skipped,

    /// <summary>In an autumn overlap: the clocks show it twice.</summary>
    Repeated,
}

/// <summary>
/// The one place where a local time of an event's zone becomes an instant, with the choice RFC 5545
/// §3.3.5 makes (and NodaTime's lenient resolver), with the tz database's rules (<see cref="ZoneRules"/>):
/// a skipped time is read with the offset before the gap, so it lands as much later on the clock as the
/// gap is long (02:30 on a night the clocks go from 02:00 to 03:00 is 03:30); a repeated time is its
/// first occurrence (the one with the offset before the change). Pages, structured data, feeds, calendar
/// links and calendar files all use it, so they agree on every instant. Calendar apps do not agree on
/// such times (ical.js and libical read both differently), so calendar files write them in UTC.
/// </summary>
/// <param name="Written">The local time as given.</param>
/// <param name="Instant">The instant it is read as, with the zone's offset at that instant.</param>
/// <param name="Kind">Whether the time is skipped or repeated by a clock change.</param>
/// <param name="ClockChange">For a skipped or repeated time: the clock just before the change and just after it
/// (02:00 → 03:00 in spring, 03:00 → 02:00 in autumn); null otherwise.</param>
public readonly record struct LocalInstant(DateTime Written, DateTimeOffset Instant, LocalTimeKind Kind, (DateTime From, DateTime To)? ClockChange)
{
    /// <summary>The time on the clock at <see cref="Instant"/>: <see cref="Written"/>, except for a skipped time.</summary>
    public DateTime Clock => Kind == LocalTimeKind.Skipped ? Instant.DateTime : Written;

    /// <summary>The instant a local time of the zone is read as.</summary>
    public static DateTimeOffset Of(DateTime local, TimeZoneInfo zone) => Resolve(local, zone).Instant;

    /// <summary>The local time written as it is read: a skipped time moved past the gap, others unchanged.</summary>
    public static DateTime OnClock(DateTime local, TimeZoneInfo zone) => Resolve(local, zone).Clock;

    public static LocalInstant Resolve(DateTime local, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return Resolve(local, ZoneRules.For(zone.Id));
    }

    /// <summary>As <see cref="Resolve(DateTime, TimeZoneInfo)"/>, with the tz database's rules (<see cref="ZoneRules"/>).</summary>
    public static LocalInstant Resolve(DateTime local, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var wall = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        var mapping = zone.MapLocal(LocalDateTime.FromDateTime(wall));
        if (mapping.Count == 1) return Unique(wall, mapping.Single().Offset.ToTimeSpan());

        // A skipped or repeated time lies at the change from the early interval to the late one.
        var before = mapping.EarlyInterval.WallOffset.ToTimeSpan();
        var after = mapping.LateInterval.WallOffset.ToTimeSpan();
        var change = mapping.LateInterval.Start.ToDateTimeUtc();
        var clockChange = (DateTime.SpecifyKind(change + before, DateTimeKind.Unspecified), DateTime.SpecifyKind(change + after, DateTimeKind.Unspecified));

        // Repeated: the first occurrence, with the offset before the change.
        if (mapping.Count == 2) return new LocalInstant(wall, At(wall, before), LocalTimeKind.Repeated, clockChange);

        // Skipped: read with the offset before the gap, shown on the clock after it.
        var instant = At(wall, before).ToOffset(TimeSpan.FromMinutes(Math.Truncate(after.TotalMinutes)));
        return new LocalInstant(wall, instant, LocalTimeKind.Skipped, clockChange);
    }

    /// <summary>An offset as "UTC+02:00", "UTC-03:00" or "UTC", the same in every culture.</summary>
    public static string ShowOffset(TimeSpan offset)
    {
        if (offset == TimeSpan.Zero) return "UTC";
        var sign = offset < TimeSpan.Zero ? "-" : "+";
        return "UTC" + sign + offset.Duration().ToString(@"hh\:mm", CultureInfo.InvariantCulture);
    }

    private static LocalInstant Unique(DateTime wall, TimeSpan offset) => new(wall, At(wall, offset), LocalTimeKind.Unique, null);

    // DateTimeOffset holds whole minutes only: a local mean time such as +00:53:28 (Stockholm before
    // 1900, some zones into the 1920s) keeps its exact instant, shown with the offset cut to minutes.
    private static DateTimeOffset At(DateTime wall, TimeSpan offset)
    {
        var utc = new DateTimeOffset(wall.Ticks - offset.Ticks, TimeSpan.Zero);
        return utc.ToOffset(TimeSpan.FromMinutes(Math.Truncate(offset.TotalMinutes)));
    }
}
