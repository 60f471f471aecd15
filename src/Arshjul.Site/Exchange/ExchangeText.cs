using System.Globalization;

namespace Arshjul.Site.Exchange;

/// <summary>How both exchange formats write times: invariant, with the offset, durations as "hh:mm".</summary>
public static class ExchangeText
{
    /// <summary>"2024-03-08T09:30:00+01:00" (or "…Z" at offset zero).</summary>
    public static string DateTime(DateTimeOffset value) =>
        value.Offset == TimeSpan.Zero
            ? value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)
            : value.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    public static string Date(DateOnly value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The local time of day, "09:30".</summary>
    public static string Time(DateTimeOffset value) => value.ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>"01:30"; both formats allow two digits of hours, so a longer item is cut to 99:59.</summary>
    public static string Duration(TimeSpan value)
    {
        var minutes = Math.Clamp((long)value.TotalMinutes, 0, (99 * 60) + 59);
        return string.Create(CultureInfo.InvariantCulture, $"{minutes / 60:00}:{minutes % 60:00}");
    }

    /// <summary>A date with a time and an offset ("2024-03-08T09:30:00+01:00", "…Z"); null for anything less, a bare date or a time without its offset.</summary>
    public static DateTimeOffset? ParseInstant(string? text) =>
        text is not null && text.Length > 10 && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value) && HasOffset(text) ? value : null;

    /// <summary>"01:30", "1:30" or "01:30:00" as a duration; null when it is none of them.</summary>
    public static TimeSpan? ParseDuration(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var parts = text.Trim().Split(':');
        if (parts.Length is < 2 or > 3) return null;
        var numbers = new int[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out numbers[i])) return null;
        }

        return new TimeSpan(numbers[0], numbers[1], parts.Length == 3 ? numbers[2] : 0);
    }

    private static bool HasOffset(string text) => text.EndsWith('Z') || text.EndsWith('z') || text.Length > 6 && text[^6] is '+' or '-' && text[^3] == ':';
}
