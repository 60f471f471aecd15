using System.Globalization;
using System.Text;
using Arshjul.Site.Configuration;
using Arshjul.Site.Model;

namespace Arshjul.Site.Calendar;

/// <summary>
/// "Add to Google Calendar" links. Times are given as local wall-clock times with <c>ctz</c> (the
/// event's zone), so Google places them right across daylight-saving changes without UTC maths here;
/// only a time the clocks show twice (an autumn night) is given in UTC, as the first of the two
/// (<see cref="LocalInstant"/>). All-day events give dates with an exclusive end, as in iCal.
/// </summary>
public static class GoogleCalendarLink
{
    private const string Base = "https://calendar.google.com/calendar/render?action=TEMPLATE";
    private const string LocalFormat = "yyyyMMdd'T'HHmmss";
    private const string DateFormat = "yyyyMMdd";

    // The whole link travels in a URL; browsers and Google cope with a few thousand characters,
    // and each non-ASCII letter costs six once encoded, so the text is kept short.
    private const int MaxDetailsChars = 600;

    /// <summary>The event with its summary (else the start of its body) and its page's address as details.</summary>
    public static string For(Event ev, string language, Func<MarkdownText, string> plainText, SiteOptions options)
    {
        ArgumentNullException.ThrowIfNull(ev);
        ArgumentNullException.ThrowIfNull(plainText);
        ArgumentNullException.ThrowIfNull(options);
        var text = ev.Text.In(language).Value;
        var about = CalendarDescription.Clean(text.Summary) ?? PlainText(text.Body, plainText);
        var details = Paragraphs(Shorten(about), options.AbsoluteUrl(SitePaths.Event(language, ev)));

        string dates;
        string? zone = null;
        if (ev.IsAllDay)
        {
            dates = Date(ev.StartDate) + "/" + Date(ev.EndDate.AddDays(1));
        }
        else
        {
            var start = ev.Start.ToDateTime();
            var end = ev.End is { HasTime: true } e ? e.ToDateTime() : start;
            dates = Dates(start, end, ev.TimeZone);
            zone = ev.TimeZoneId;
        }

        return Build(CalendarDescription.Clean(text.Title) ?? ev.Slug, dates, zone, details, CalendarLocation.For(ev));
    }

    /// <summary>The item with its description and its page's address (its event's when it has no page) as details.</summary>
    /// <returns>Null for an item without a start: there is nothing to put in a calendar.</returns>
    public static string? For(ProgrammeItem item, string language, Func<MarkdownText, string> plainText, SiteOptions options)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(plainText);
        ArgumentNullException.ThrowIfNull(options);
        if (item.Start is not { } start) return null;
        var text = item.Text.In(language).Value;
        var page = item.HasPage ? SitePaths.Item(language, item) : SitePaths.Event(language, item.Event);
        var details = Paragraphs(Shorten(PlainText(text.Description, plainText)), options.AbsoluteUrl(page));
        var dates = Dates(start, item.End ?? start, item.Event.TimeZone);
        return Build(CalendarDescription.Clean(text.Title) ?? item.Id, dates, item.Event.TimeZoneId, details, CalendarLocation.For(item));
    }

    private static string Build(string title, string dates, string? zone, string? details, string? location)
    {
        var url = new StringBuilder(Base);
        Append(url, "text", title);
        Append(url, "dates", dates);
        Append(url, "ctz", zone);
        Append(url, "details", details);
        Append(url, "location", location);
        return url.ToString();
    }

    private static void Append(StringBuilder url, string name, string? value)
    {
        if (string.IsNullOrEmpty(value)) return;
        // '/' is legal in a query and keeps "dates=A/B" and "ctz=Europe/Stockholm" in the documented form.
        url.Append('&').Append(name).Append('=').Append(Uri.EscapeDataString(value).Replace("%2F", "/", StringComparison.Ordinal));
    }

    private static string? PlainText(MarkdownText? markdown, Func<MarkdownText, string> plainText) =>
        markdown is null || markdown.IsEmpty ? null : CalendarDescription.Clean(plainText(markdown));

    private static string? Shorten(string? text)
    {
        if (text is null || text.Length <= MaxDetailsChars) return text;
        var cut = text.LastIndexOf(' ', MaxDetailsChars - 1);
        if (cut <= MaxDetailsChars / 2) cut = char.IsHighSurrogate(text[MaxDetailsChars - 2]) ? MaxDetailsChars - 2 : MaxDetailsChars - 1;
        return text[..cut].TrimEnd() + "…";
    }

    private static string? Paragraphs(params string?[] parts)
    {
        var present = parts.Where(p => !string.IsNullOrEmpty(p)).ToList();
        return present.Count == 0 ? null : string.Join("\n\n", present);
    }

    // Both local, or both UTC when either is a repeated time, which a wall-clock time cannot pin down.
    private static string Dates(DateTime start, DateTime end, TimeZoneInfo zone)
    {
        var from = LocalInstant.Resolve(start, zone);
        var to = LocalInstant.Resolve(end, zone);
        if (from.Kind != LocalTimeKind.Repeated && to.Kind != LocalTimeKind.Repeated) return Local(from.Clock) + "/" + Local(to.Clock);
        return Utc(from.Instant) + "/" + Utc(to.Instant);
    }

    private static string Local(DateTime time) => time.ToString(LocalFormat, CultureInfo.InvariantCulture);

    private static string Utc(DateTimeOffset time) => time.UtcDateTime.ToString(LocalFormat, CultureInfo.InvariantCulture) + "Z";

    private static string Date(DateOnly date) => date.ToString(DateFormat, CultureInfo.InvariantCulture);
}
