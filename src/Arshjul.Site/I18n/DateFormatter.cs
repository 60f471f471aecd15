using System.Globalization;

namespace Arshjul.Site.I18n;

/// <summary>
/// Dates and times as a reader of one language writes them: names from the language's culture
/// (sv-SE, fi-FI, de-DE…), patterns from its UI strings ("fredag 8 mars 2024 kl. 09.30", "perjantai 8. maaliskuuta 2024
/// klo 9.30", "Freitag, 8. März 2024, 09:30 Uhr").
/// </summary>
public sealed class DateFormatter
{
    private readonly CultureInfo _culture;
    private readonly string _longDate;
    private readonly string _shortDate;
    private readonly string _dayMonth;
    private readonly string _time;
    private readonly string _dateTime;

    public DateFormatter(string language, UiStrings strings)
    {
        var cultureName = strings.Get(language, "culture");
        _culture = TryCulture(cultureName) ?? TryCulture(language) ?? CultureInfo.InvariantCulture;
        _longDate = Pattern(strings, language, "format_date_long", "dddd d MMMM yyyy");
        _shortDate = Pattern(strings, language, "format_date_short", "d MMMM yyyy");
        _dayMonth = Pattern(strings, language, "format_day_month", "d MMMM");
        _time = Pattern(strings, language, "format_time", "HH:mm");
        _dateTime = Pattern(strings, language, "format_date_time", "{date}, {time}");
    }

    public CultureInfo Culture => _culture;

    /// <summary>
    /// The words around a time written after a date, for templates that mark the time up themselves: (" kl. ", "")
    /// in Swedish, (", ", " Uhr") in German; (", ", "") when the pattern does not put the date first.
    /// </summary>
    public (string Between, string After) DateTimeJoin
    {
        get
        {
            var date = _dateTime.IndexOf("{date}", StringComparison.Ordinal);
            var time = _dateTime.IndexOf("{time}", StringComparison.Ordinal);
            if (date != 0 || time < 0) return (", ", "");
            return (_dateTime[6..time], _dateTime[(time + 6)..]);
        }
    }

    public string LongDate(DateOnly date) => date.ToString(_longDate, _culture);

    public string ShortDate(DateOnly date) => date.ToString(_shortDate, _culture);

    public string DayMonth(DateOnly date) => date.ToString(_dayMonth, _culture);

    public string Time(DateTime time) => time.ToString(_time, _culture);

    public string Time(TimeOnly time) => time.ToString(_time, _culture);

    public string MonthName(int month) => _culture.DateTimeFormat.GetMonthName(month);

    public string AbbreviatedMonthName(int month) => _culture.DateTimeFormat.GetAbbreviatedMonthName(month).TrimEnd('.');

    /// <summary>"09.30–10.15", or "09.30" when there is no end.</summary>
    public string TimeRange(DateTime start, DateTime? end) =>
        end is { } e ? $"{Time(start)}–{Time(e)}" : Time(start);

    /// <summary>
    /// When an event takes place, in one line: "fredag 8 mars 2024 kl. 08.30–12.00",
    /// "fredag 26 januari 2024", or "mandag 25. september 2017 – tirsdag 26. september 2017".
    /// </summary>
    public string Span(DateTime start, DateTime? end, bool allDay)
    {
        var startDate = DateOnly.FromDateTime(start);
        var endDate = end is { } e ? DateOnly.FromDateTime(e) : startDate;
        if (allDay)
        {
            return endDate > startDate ? $"{LongDate(startDate)} – {LongDate(endDate)}" : LongDate(startDate);
        }

        if (endDate == startDate)
        {
            return AtTime(startDate, TimeRange(start, end));
        }

        return $"{AtTime(startDate, Time(start))} – {AtTime(endDate, Time(end!.Value))}";
    }

    /// <summary>A date with a time after it, as the language joins them ("… kl. 09.30", "…, 09:30 Uhr").</summary>
    private string AtTime(DateOnly date, string time) => UiStrings.Fill(_dateTime, ("date", LongDate(date)), ("time", time));

    private static string Pattern(UiStrings strings, string language, string key, string fallback)
    {
        return strings.TryGet(language, key) ?? fallback;
    }

    private static CultureInfo? TryCulture(string name)
    {
        try
        {
            return CultureInfo.GetCultureInfo(name);
        }
        catch (CultureNotFoundException)
        {
            return null;
        }
    }
}
