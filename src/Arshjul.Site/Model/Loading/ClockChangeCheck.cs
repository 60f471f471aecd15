using System.Globalization;
using Arshjul.Site.Diagnostics;

namespace Arshjul.Site.Model.Loading;

/// <summary>
/// Warns about a written local time that the event's zone skips (spring forward) or shows twice
/// (autumn back), saying how it is read (<see cref="LocalInstant"/>): authors rarely mean either, and
/// readers in other zones would otherwise get an hour they did not expect without a word.
/// </summary>
internal static class ClockChangeCheck
{
    /// <summary>Checks one written time; returns it as it is read on the clock (a skipped time past the gap).</summary>
    /// <param name="key">The key the time was written under: 'start', 'time' or 'end'.</param>
    /// <param name="at">The key's value, for the warning's file and line.</param>
    public static DateTime Check(DateTime local, Event ev, string key, SourceLocation at, DiagnosticBag diagnostics) =>
        Check(local, ev.TimeZone, ev.TimeZoneId, key, at, diagnostics);

    public static DateTime Check(DateTime local, TimeZoneInfo zone, string zoneId, string key, SourceLocation at, DiagnosticBag diagnostics)
    {
        var read = LocalInstant.Resolve(local, zone);
        if (read.ClockChange is not { } change) return read.Clock;

        var written = $"'{key}' is {Time(local)} on {Date(local)}";
        var night = $"the clocks go {(read.Kind == LocalTimeKind.Skipped ? "forward" : "back")} from {Time(change.From)} to {Time(change.To)} that night";
        if (read.Kind == LocalTimeKind.Skipped)
        {
            diagnostics.Warning(DiagnosticCodes.SkippedLocalTime, at,
                $"{written}, a time that does not exist in {zoneId}: {night}. It is read as {Time(read.Clock)} ({LocalInstant.ShowOffset(read.Instant.Offset)}).",
                $"RFC 5545 reads a skipped time with the offset from before the change, so it lands later on the clock, as pages and calendar files show it. "
                + $"Write the time you mean: {Time(read.Clock)} if that is right, else a time before {Time(change.From)}.");
        }
        else
        {
            var second = read.Instant.Offset - (change.From - change.To);
            diagnostics.Warning(DiagnosticCodes.RepeatedLocalTime, at,
                $"{written}, a time that happens twice in {zoneId}: {night}. It is read as the first {Time(local)} ({LocalInstant.ShowOffset(read.Instant.Offset)}), not the second ({LocalInstant.ShowOffset(second)}).",
                $"The first of the two is taken (RFC 5545) and calendar files give it in UTC, since calendar apps disagree on such times; the second cannot be written. A time outside {Time(change.To)}–{Time(change.From)} that night cannot be misread.");
        }

        return read.Clock;
    }

    private static string Time(DateTime time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    private static string Date(DateTime time) => time.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
