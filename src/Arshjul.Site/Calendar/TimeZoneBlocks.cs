using System.Collections.Concurrent;
using System.Text;
using Arshjul.Site.Model;
using NodaTime;
using NodaTime.TimeZones;

namespace Arshjul.Site.Calendar;

/// <summary>
/// The VTIMEZONE of a zone for the span of one calendar's local times, computed from the tz
/// database in NodaTime (<see cref="DateTimeZoneProviders.Tzdb"/>), never from the clock: the
/// same times give the same bytes on any day of building. Built texts are cached, so a big site
/// writes each block once; safe to use from several threads.
/// </summary>
/// <remarks>
/// <para>The block has one observance per zone interval: every interval that overlaps the span
/// from the earliest to the latest instant, plus the interval on each side of it, so a local time
/// near a transition and the first observance's TZOFFSETFROM resolve. No RRULE: a list of the
/// real transitions is exact for old rule changes (São Paulo 2019, Moscow 2011 and 2014) and does
/// not claim anything about the future beyond the file's own span.</para>
/// <para>An observance is DAYLIGHT when its interval has daylight savings, else STANDARD. Its
/// DTSTART is the interval's start as local time in the offset before it (RFC 5545 §3.6.5). The
/// zone's first interval has no start; its DTSTART is 1 January of the earliest year among the
/// span's earliest local time and the interval's last moment, so it is derived from the input
/// and precedes both. TZNAME is the tz database's abbreviation when it is letters only ("CET",
/// "MSK", "LMT"); numeric ones such as "-03" or "+1030" are left out, since they say no more than
/// TZOFFSETTO. Offsets are ±HHMM, with seconds only when they are not zero (local mean times).
/// No X-LIC-LOCATION: readers should use these rules, not their own copy of a zone by name.</para>
/// <para>Local times become instants as RFC 5545 §3.3.5 says: a time in a spring-forward gap
/// takes the offset before the gap, a time in an autumn overlap its first occurrence
/// (NodaTime's lenient resolver).</para>
/// </remarks>
internal sealed class TimeZoneBlocks
{
    private readonly ConcurrentDictionary<Key, string> _blocks = new();

    /// <summary>BEGIN:VTIMEZONE … END:VTIMEZONE with CRLFs, for local times from <paramref name="earliest"/> to <paramref name="latest"/>.</summary>
    /// <exception cref="ArgumentException">Neither the tz database nor the machine knows the zone (the model checks it first).</exception>
    public string For(string tzId, DateTime earliest, DateTime latest)
    {
        var zone = ZoneRules.For(tzId);
        var from = ToInstant(zone, earliest);
        var to = ToInstant(zone, latest);
        // A later local time can be an earlier instant (one just after a gap against one in it).
        if (to < from) (from, to) = (to, from);
        var first = zone.GetZoneInterval(from);
        var last = zone.GetZoneInterval(to);
        if (first.HasStart) first = zone.GetZoneInterval(first.Start - Duration.Epsilon);
        if (last.HasEnd) last = zone.GetZoneInterval(last.End);

        // The first observance's DTSTART depends on the earliest year only when it has no start.
        var year = first.HasStart ? 0 : FirstYear(first, earliest);
        var key = new Key(tzId, first.HasStart ? first.Start : Instant.MinValue, year, last.HasStart ? last.Start : Instant.MinValue);
        return _blocks.GetOrAdd(key, static (k, zone) => Build(k.TzId, zone, k.FirstStart, k.FirstYear, k.LastStart), zone);
    }

    /// <summary>The instant a local time is read as: RFC 5545 §3.3.5, as <see cref="LocalInstant"/> (which holds whole-minute offsets only).</summary>
    public static Instant ToInstant(DateTimeZone zone, DateTime local) =>
        zone.ResolveLocal(LocalDateTime.FromDateTime(local), Resolvers.LenientResolver).ToInstant();

    private static int FirstYear(ZoneInterval first, DateTime earliest)
    {
        var year = earliest.Year;
        if (first.HasEnd) year = Math.Min(year, (first.End - Duration.Epsilon).InZone(DateTimeZone.ForOffset(first.WallOffset)).Year);
        return year;
    }

    private static string Build(string tzId, DateTimeZone zone, Instant firstStart, int firstYear, Instant lastStart)
    {
        var output = new StringBuilder(256);
        var writer = new IcsWriter(output);
        writer.Literal("BEGIN:VTIMEZONE");
        writer.Raw("TZID", tzId);
        var interval = zone.GetZoneInterval(firstStart);
        var before = interval.HasStart ? zone.GetZoneInterval(interval.Start - Duration.Epsilon).WallOffset : interval.WallOffset;
        while (true)
        {
            var onset = interval.HasStart
                ? interval.Start.WithOffset(before).LocalDateTime
                : new LocalDateTime(firstYear, 1, 1, 0, 0);
            var kind = interval.Savings == Offset.Zero ? "STANDARD" : "DAYLIGHT";
            writer.Literal("BEGIN:" + kind);
            writer.Raw("DTSTART", LocalTime(onset));
            writer.Raw("TZOFFSETFROM", OffsetText(before));
            writer.Raw("TZOFFSETTO", OffsetText(interval.WallOffset));
            if (IsLetters(interval.Name)) writer.Raw("TZNAME", interval.Name);
            writer.Literal("END:" + kind);

            if (!interval.HasEnd || (interval.HasStart && interval.Start >= lastStart)) break;
            before = interval.WallOffset;
            interval = zone.GetZoneInterval(interval.End);
        }

        writer.Literal("END:VTIMEZONE");
        return output.ToString();
    }

    // Digits by hand rather than ToString formats: the output must not depend on the current culture.
    private static string LocalTime(LocalDateTime time) =>
        Digits(time.Year, 4) + Digits(time.Month, 2) + Digits(time.Day, 2) + "T" + Digits(time.Hour, 2) + Digits(time.Minute, 2) + Digits(time.Second, 2);

    /// <summary>RFC 5545 UTC-OFFSET: +0100, -0300, +1030, +011212; zero is +0000 (-0000 is not allowed).</summary>
    internal static string OffsetText(Offset offset)
    {
        var seconds = offset.Seconds;
        var sign = seconds < 0 ? "-" : "+";
        seconds = Math.Abs(seconds);
        var text = sign + Digits(seconds / 3600, 2) + Digits(seconds / 60 % 60, 2);
        return seconds % 60 == 0 ? text : text + Digits(seconds % 60, 2);
    }

    private static string Digits(int value, int width)
    {
        Span<char> digits = stackalloc char[width];
        for (var i = width - 1; i >= 0; i--)
        {
            digits[i] = (char)('0' + value % 10);
            value /= 10;
        }

        return new string(digits);
    }

    private static bool IsLetters(string name) => name.Length > 0 && name.All(char.IsAsciiLetter);

    private readonly record struct Key(string TzId, Instant FirstStart, int FirstYear, Instant LastStart);
}
