using System.Globalization;
using System.Text.RegularExpressions;

namespace Arshjul.Site.Content;

/// <summary>Times of day ("09.30", "09:30", "9.30") and durations ("45m", "1h30m", "2h").</summary>
public static partial class TimeParser
{
    public static bool TryParseTime(string text, out TimeOnly time)
    {
        time = default;
        var match = TimePattern().Match(text.Trim());
        if (!match.Success) return false;
        var hour = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var minute = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
        if (hour > 23 || minute > 59) return false;
        time = new TimeOnly(hour, minute);
        return true;
    }

    public static bool TryParseDuration(string text, out TimeSpan duration)
    {
        duration = default;
        var match = DurationPattern().Match(text.Trim().ToLowerInvariant());
        if (!match.Success || (match.Groups[1].Length == 0 && match.Groups[2].Length == 0)) return false;
        var hours = match.Groups[1].Success && match.Groups[1].Length > 0 ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
        var minutes = match.Groups[2].Success && match.Groups[2].Length > 0 ? int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture) : 0;
        duration = new TimeSpan(hours, minutes, 0);
        return duration > TimeSpan.Zero;
    }

    /// <summary>
    /// A time or date-time followed by a UTC offset ("11:00+01:00", "2024-03-08T11:00Z"), split in two,
    /// so it can be told apart from a text that is no time at all.
    /// </summary>
    public static bool TrySplitOffset(string text, out string local, out string offset)
    {
        var match = OffsetPattern().Match(text.Trim());
        local = match.Groups[1].Value;
        offset = match.Groups[2].Value;
        return match.Success &&
               (TryParseTime(local, out _) || (LocalDateTimeValue.TryParse(local, out var value, out _) && value.HasTime));
    }

    [GeneratedRegex(@"^(.+?\d)(Z|[+-]\d{2}(?::?\d{2})?)$", RegexOptions.IgnoreCase)]
    private static partial Regex OffsetPattern();

    [GeneratedRegex(@"^(\d{1,2})[.:](\d{2})$")]
    private static partial Regex TimePattern();

    [GeneratedRegex(@"^(?:(\d{1,3})\s*h)?\s*(?:(\d{1,4})\s*(?:m|min))?$")]
    private static partial Regex DurationPattern();
}
