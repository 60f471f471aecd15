using System.Globalization;

namespace Arshjul.Site.Model;

/// <summary>
/// The URL layout of the content model, in one place. Paths are relative to the site root,
/// without a leading slash; a path ending in '/' is published as its index.html.
/// </summary>
public static class SitePaths
{
    public static string Home(string lang) => $"{lang}/";

    public static string Events(string lang) => $"{lang}/events/";

    public static string Year(string lang, int year) => string.Create(CultureInfo.InvariantCulture, $"{lang}/events/{year}/");

    public static string Series(string lang, string seriesSlug) => $"{lang}/series/{seriesSlug}/";

    public static string Event(string lang, Event ev) => $"{lang}/events/{ev.Slug}/";

    /// <summary>One programme day of an event whose programme is split by day (item ids may not look like dates).</summary>
    public static string ProgrammeDay(string lang, Event ev, DateOnly date) =>
        $"{lang}/events/{ev.Slug}/{date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}/";

    public static string Item(string lang, ProgrammeItem item) => $"{lang}/events/{item.Event.Slug}/{item.Id}/";

    public static string EventCalendar(string lang, Event ev) => $"{lang}/events/{ev.Slug}/{ev.Slug}.ics";

    /// <summary>Every timed item of the event, in one file beside the event's own (which holds the event alone).</summary>
    public static string ProgrammeCalendar(string lang, Event ev) => $"{lang}/events/{ev.Slug}/programme.ics";

    /// <summary>The programme for schedule apps as c3voc's schedule.json.</summary>
    public static string ScheduleJson(string lang, Event ev) => $"{lang}/events/{ev.Slug}/schedule.json";

    /// <summary>The programme for schedule apps as frab's schedule.xml.</summary>
    public static string ScheduleXml(string lang, Event ev) => $"{lang}/events/{ev.Slug}/schedule.xml";

    public static string ItemCalendar(string lang, ProgrammeItem item) => $"{lang}/events/{item.Event.Slug}/{item.Id}/{item.Id}.ics";

    /// <summary>
    /// The timed items of one part of an event's programme: "day-2024-03-08", "room-sal-a" or "track-…"
    /// (<c>Calendar.GroupCalendars</c> makes the names unique within the event).
    /// </summary>
    public static string GroupCalendar(string lang, Event ev, string name) => $"{lang}/events/{ev.Slug}/calendars/{name}.ics";

    /// <summary>Every timed item of one person, across events.</summary>
    public static string SpeakerCalendar(string lang, Person person) => $"{lang}/speakers/{person.Slug}/{person.Slug}.ics";

    /// <summary>The printable programme of an event (A4, no site navigation).</summary>
    public static string PrintProgramme(string lang, Event ev) => $"{lang}/events/{ev.Slug}/print/";

    public static string Speakers(string lang) => $"{lang}/speakers/";

    public static string Speaker(string lang, Person person) => $"{lang}/speakers/{person.Slug}/";

    public static string News(string lang) => $"{lang}/news/";

    public static string Article(string lang, Article article) => $"{lang}/news/{article.Slug}/";

    public static string Page(string lang, Page page) => $"{lang}/{page.Slug}/";

    /// <summary>"My programme": the items the reader starred, listed and made into one calendar file in the browser.</summary>
    public static string My(string lang) => $"{lang}/my/";

    public static string Calendar(string lang) => $"{lang}/calendar.ics";

    public static string Feed(string lang) => $"{lang}/feed.xml";

    public static string NotFound(string lang) => $"{lang}/404.html";

    /// <summary>The file a path is published as: "sv/events/" → "sv/events/index.html".</summary>
    public static string FileOf(string path) => path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;

    /// <summary>"../" once per folder the page's file sits in, so links work on any host, in any sub-folder.</summary>
    public static string RootPrefix(string pagePath)
    {
        var folders = FileOf(pagePath).Count(c => c == '/');
        return folders == 0 ? "" : string.Concat(Enumerable.Repeat("../", folders));
    }

    /// <summary>
    /// A '/'-separated path with "." and ".." segments worked out ("a/b/../c" → "a/c"), or null when it
    /// climbs above its start: the one check that keeps links and slugs inside the site.
    /// </summary>
    public static string? Collapse(string path)
    {
        var parts = new List<string>();
        foreach (var part in path.Split('/'))
        {
            if (part is "" or ".") continue;
            if (part == "..")
            {
                if (parts.Count == 0) return null;
                parts.RemoveAt(parts.Count - 1);
                continue;
            }

            parts.Add(part);
        }

        return string.Join('/', parts);
    }

    /// <summary>A series name as a URL segment.</summary>
    public static string SeriesSlug(string series) => Content.ContentPath.SuggestSlug(series);
}
