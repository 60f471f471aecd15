using System.Globalization;
using Arshjul.Site.Diagnostics;

namespace Arshjul.Site.Content;

/// <summary>
/// A date, or a date and time, as an author wrote it: local to the event's time zone.
/// A date without a time means an all-day event.
/// </summary>
public readonly record struct LocalDateTimeValue(DateOnly Date, TimeOnly? Time)
{
    public bool HasTime => Time is not null;

    /// <summary>
    /// The years an author can write. Programmes are about the near past and future; the bounds keep
    /// every later step (day numbers, durations, time zones, calendars) far from DateTime's limits.
    /// </summary>
    public const int FirstYear = 1900;

    public const int LastYear = 2200;

    public DateTime ToDateTime() => Date.ToDateTime(Time ?? TimeOnly.MinValue);

    private static readonly string[] DateTimeFormats =
    [
        "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss",
        "yyyy-MM-dd'T'HH.mm", "yyyy-MM-dd HH.mm",
    ];

    /// <summary>Parses 2024-03-08, 2024-03-08T08:30 or 2024-03-08 08:30; explains what is wrong otherwise.</summary>
    public static bool TryParse(string text, out LocalDateTimeValue value, out string problem)
    {
        if (!TryParseAnyYear(text, out value, out problem)) return false;
        if (value.Date.Year is >= FirstYear and <= LastYear) return true;
        problem = $"{value}; dates must be between {FirstYear} and {LastYear}";
        value = default;
        return false;
    }

    private static bool TryParseAnyYear(string text, out LocalDateTimeValue value, out string problem)
    {
        value = default;
        text = text.Trim();
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            value = new LocalDateTimeValue(date, null);
            problem = "";
            return true;
        }

        if (DateTime.TryParseExact(text, DateTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var dateTime))
        {
            value = new LocalDateTimeValue(DateOnly.FromDateTime(dateTime), TimeOnly.FromDateTime(dateTime));
            problem = "";
            return true;
        }

        problem = DescribeProblem(text);
        return false;
    }

    // Tell "2024-02-30" (no such day) apart from "8 mars" (not a date format at all).
    private static string DescribeProblem(string text)
    {
        var datePart = text.Length >= 10 ? text[..10] : text;
        var parts = datePart.Split('-');
        if (parts.Length == 3 &&
            int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year) &&
            int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var month) &&
            int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var day))
        {
            if (month is < 1 or > 12) return $"{SafeText.Quote(text)}, but there is no month {month}";
            if (year is >= 1 and <= 9999 && (day < 1 || day > DateTime.DaysInMonth(year, month)))
            {
                return $"{SafeText.Quote(text)}, but {CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month)} {year} has no day {day}";
            }

            if (text.Length > 10) return $"{SafeText.Quote(text)}, whose time of day is not valid";
        }

        return $"{SafeText.Quote(text)}, which is not a date";
    }

    public override string ToString() =>
        Time is { } time
            ? $"{Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}T{time.ToString("HH:mm", CultureInfo.InvariantCulture)}"
            : Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
