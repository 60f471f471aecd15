using Arshjul.Site.Model;

namespace Arshjul.Site.Calendar;

/// <summary>
/// Site paths (relative to baseUrl, no leading '/') of the calendar files and of the pages their URL
/// properties point to, as the content model's URL table gives them.
/// </summary>
public static class CalendarPaths
{
    /// <summary>"sv/calendar.ics": every event of the site, the subscription feed.</summary>
    public static string SiteCalendar(string language) => $"{language}/calendar.ics";

    /// <summary>"sv/events/&lt;event&gt;/&lt;event&gt;.ics".</summary>
    public static string EventCalendar(string language, Event ev) => EventPage(language, ev) + ev.Slug + ".ics";

    /// <summary>"sv/events/&lt;event&gt;/&lt;item&gt;/&lt;item&gt;.ics" (items with a page only).</summary>
    public static string ItemCalendar(string language, ProgrammeItem item) => ItemPage(language, item) + item.Id + ".ics";

    public static string EventPage(string language, Event ev) => $"{language}/events/{ev.Slug}/";

    /// <summary>Items are flat under their event, nested ones too: ids are unique per event.</summary>
    public static string ItemPage(string language, ProgrammeItem item) => $"{language}/events/{item.Event.Slug}/{item.Id}/";
}
