using System.Globalization;

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
/// §3.3.5 makes (and NodaTime's lenient resolver, and calendar apps reading a TZID): a skipped time
/// is read with the offset before the gap, so it lands as much later on the clock as the gap is long
/// (02:30 on a night the clocks go from 02:00 to 03:00 is 03:30); a repeated time is its first
/// occurrence (the one with the offset before the change). Pages, structured data, feeds, calendar
/// links and calendar files all use it, so they agree on every instant.
/// </summary>
/// <param name="Written">The local time as given.</param>
/// <param name="Instant">The instant it is read as, with the zone's offset at that instant.</param>
/// <param name="Kind">Whether the time is skipped or repeated by a clock change.</param>
/// <param name="ClockChange">For a skipped or repeated time: the clock just before the change and just after it
/// (02:00 → 03:00 in spring, 03:00 → 02:00 in autumn); null otherwise.</param>
public readonly record struct LocalInstant(DateTime Written, DateTimeOffset Instant, LocalTimeKind Kind, (DateTime From, DateTime To)? ClockChange)
{
    /// <summary>The time on the clock at <see cref="Instant"/>: <see cref="Written"/>, except for a skipped time.</summary>
    public DateTime Clock => Instant.DateTime;

    /// <summary>The instant a local time of the zone is read as.</summary>
    public static DateTimeOffset Of(DateTime local, TimeZoneInfo zone) => Resolve(local, zone).Instant;

    /// <summary>The local time written as it is read: a skipped time moved past the gap, others unchanged.</summary>
    public static DateTime OnClock(DateTime local, TimeZoneInfo zone) => Resolve(local, zone).Clock;

    public static LocalInstant Resolve(DateTime local, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var wall = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);

        // The offsets a day before and a day after: a zone changes its clocks months apart (weeks at the
        // least, in some war years), so at most one change lies between them.
        var asUtc = DateTime.SpecifyKind(local, DateTimeKind.Utc);
        var before = zone.GetUtcOffset(new DateTimeOffset(asUtc.AddDays(-1)));
        var after = zone.GetUtcOffset(new DateTimeOffset(asUtc.AddDays(1)));
        var fitsBefore = Fits(wall, before, zone);
        var fitsAfter = Fits(wall, after, zone);

        if (fitsBefore && fitsAfter && before != after)
        {
            // Both offsets fit: the first occurrence is the earlier instant, which has the larger offset.
            var first = before > after ? before : after;
            return new LocalInstant(wall, new DateTimeOffset(wall, first), LocalTimeKind.Repeated, Change(wall, before, after, zone));
        }

        if (fitsBefore) return Unique(wall, before);
        if (fitsAfter) return Unique(wall, after);

        // Two changes within two days (no zone does that today): take .NET's own reading.
        if (before == after) return Unique(wall, zone.GetUtcOffset(wall));

        // Neither fits: the time is skipped. Read with the offset before the gap, shown on the clock after it.
        var instant = new DateTimeOffset(wall, before).ToOffset(after);
        return new LocalInstant(wall, instant, LocalTimeKind.Skipped, Change(wall, before, after, zone));
    }

    /// <summary>An offset as "UTC+02:00", "UTC-03:00" or "UTC", the same in every culture.</summary>
    public static string ShowOffset(TimeSpan offset)
    {
        if (offset == TimeSpan.Zero) return "UTC";
        var sign = offset < TimeSpan.Zero ? "-" : "+";
        return "UTC" + sign + offset.Duration().ToString(@"hh\:mm", CultureInfo.InvariantCulture);
    }

    private static LocalInstant Unique(DateTime wall, TimeSpan offset) => new(wall, new DateTimeOffset(wall, offset), LocalTimeKind.Unique, null);

    private static bool Fits(DateTime wall, TimeSpan offset, TimeZoneInfo zone) =>
        zone.GetUtcOffset(new DateTimeOffset(wall, offset)) == offset;

    // The clock change near a skipped or repeated time: the first instant with the offset after the
    // change lies between the two readings of the wall time, found to the second by halving.
    private static (DateTime From, DateTime To) Change(DateTime wall, TimeSpan before, TimeSpan after, TimeZoneInfo zone)
    {
        var a = new DateTimeOffset(wall, before).UtcTicks;
        var b = new DateTimeOffset(wall, after).UtcTicks;
        long low = Math.Min(a, b), high = Math.Max(a, b);
        while (high - low > TimeSpan.TicksPerSecond)
        {
            var middle = low + (high - low) / 2;
            if (zone.GetUtcOffset(new DateTimeOffset(middle, TimeSpan.Zero)) == after) high = middle;
            else low = middle;
        }

        var change = new DateTime(high, DateTimeKind.Utc);
        change = new DateTime(change.Ticks - change.Ticks % TimeSpan.TicksPerSecond, DateTimeKind.Unspecified);
        return (change + before, change + after);
    }
}
