using Arshjul.Site.Output;
using Arshjul.Site.Configuration;
using Arshjul.Site.Model;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using IcalCalendar = Ical.Net.Calendar;

namespace Arshjul.Site.Calendar;

/// <summary>
/// Makes the text of the site's .ics files (see the content model's URL table): one per event with
/// its timed items, one per item that has a page, and the per-language subscription feed of all events.
/// Every file is in one language. The output depends only on the model and the source times, so an
/// unchanged site rebuilds to the same bytes; Ical.Net writes properties in name order, folds at 75
/// octets without splitting a UTF-8 character, ends lines in CRLF and escapes TEXT values.
/// Safe to use from several threads.
/// </summary>
public sealed class CalendarBuilder
{
    // UI string keys asked of the label function: the theme's own, so a calendar entry and its
    // page name people alike ("Talare" for several, the singular for one).
    public const string SpeakerKey = "speaker_label";

    public const string SpeakersKey = "speakers_label";

    public const string ModeratorKey = "moderator_label";

    public const string ModeratorsKey = "moderators_label";

    public const string MaterialsKey = "materials";

    /// <summary>A kind's name is the UI string "kind_&lt;kind&gt;" ('-' as '_'), as on the pages; an unknown kind is shown as written.</summary>
    public const string KindKeyPrefix = "kind_";

    /// <summary>How often subscribers should fetch the feed again.</summary>
    public const string RefreshInterval = "PT12H";

    private readonly SiteOptions _options;
    private readonly CalendarIdentity _identity;
    private readonly CalendarDescription _description;
    private readonly Func<string, string, string> _uiText;

    /// <param name="options">The site: baseUrl (UIDs, URLs), titles and time zone (the feed).</param>
    /// <param name="times">When source files last changed: LAST-MODIFIED, DTSTAMP, SEQUENCE.</param>
    /// <param name="plainText">Markdown (bodies, descriptions) to plain text.</param>
    /// <param name="uiText">A UI string by language and key (<see cref="SpeakerKey"/>, <see cref="SpeakersKey"/>,
    /// <see cref="ModeratorKey"/>, <see cref="ModeratorsKey"/>, <see cref="MaterialsKey"/>, <see cref="KindKeyPrefix"/>+kind),
    /// e.g. "Talare"; the key itself when there is no such string.</param>
    public CalendarBuilder(SiteOptions options, SourceTimes times, Func<MarkdownText, string> plainText, Func<string, string, string> uiText)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(times);
        ArgumentNullException.ThrowIfNull(plainText);
        ArgumentNullException.ThrowIfNull(uiText);
        _options = options;
        _identity = new CalendarIdentity(options, times);
        _description = new CalendarDescription(options, plainText, uiText);
        _uiText = uiText;
    }

    public CalendarIdentity Identity => _identity;

    /// <summary>An item gets an .ics of its own when it has a page and a start (an empty calendar helps nobody).</summary>
    public static bool HasItemCalendar(ProgrammeItem item) => item.HasPage && item.Start is not null;

    /// <summary>The event and each of its timed items, nested ones included, in programme order.</summary>
    public string BuildEventCalendar(Event ev, string language)
    {
        ArgumentNullException.ThrowIfNull(ev);
        var events = new List<CalendarEvent> { EventVEvent(ev, language) };
        events.AddRange(ev.AllItems.Where(i => i.Start is not null).Select(i => ItemVEvent(i, language)));
        return Serialize(NewCalendar(language), events);
    }

    /// <summary>One item alone; see <see cref="HasItemCalendar"/>.</summary>
    /// <exception cref="InvalidOperationException">The item has no start.</exception>
    public string BuildItemCalendar(ProgrammeItem item, string language)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (item.Start is null)
        {
            throw new InvalidOperationException($"The programme item '{item.Key}' has no start, so it has no calendar entry.");
        }

        return Serialize(NewCalendar(language), [ItemVEvent(item, language)]);
    }

    /// <summary>The subscription feed: every event, without items, named after the site.</summary>
    public string BuildSiteCalendar(IEnumerable<Event> events, string language)
    {
        ArgumentNullException.ThrowIfNull(events);
        var calendar = NewCalendar(language);
        calendar.AddProperty("X-WR-CALNAME", CalendarDescription.Clean(_options.TitleIn(language)) ?? "");
        calendar.AddProperty("X-WR-TIMEZONE", _options.TimeZoneId);
        var refresh = new CalendarProperty("REFRESH-INTERVAL", RefreshInterval);
        refresh.Parameters.Add("VALUE", "DURATION");
        calendar.Properties.Add(refresh);
        calendar.AddProperty("X-PUBLISHED-TTL", RefreshInterval);
        return Serialize(calendar, events.Select(e => EventVEvent(e, language)).ToList());
    }

    /// <summary>Every calendar file of the site in every language, for the output plan.</summary>
    public IEnumerable<CalendarOutput> Outputs(SiteModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        foreach (var language in model.Languages)
        {
            yield return new CalendarOutput(SitePaths.Calendar(language), language, () => BuildSiteCalendar(model.Events, language));
            foreach (var ev in model.Events)
            {
                yield return new CalendarOutput(SitePaths.EventCalendar(language, ev), language, () => BuildEventCalendar(ev, language));
                foreach (var item in ev.AllItems.Where(HasItemCalendar))
                {
                    yield return new CalendarOutput(SitePaths.ItemCalendar(language, item), language, () => BuildItemCalendar(item, language));
                }
            }
        }
    }

    private static IcalCalendar NewCalendar(string language) => new()
    {
        // Fixed rather than the library's default, which names its version: a package update must not change every file.
        ProductId = $"-//Arshjul//Arshjul 1.0//{language.ToUpperInvariant()}",
        Version = "2.0",
        Scale = "GREGORIAN",
        Method = "PUBLISH",
    };

    private CalendarEvent EventVEvent(Event ev, string language)
    {
        var text = ev.Text.In(language).Value;
        var vevent = NewVEvent(_identity.For(ev));
        if (ev.IsAllDay)
        {
            // DTEND of a DATE event is exclusive: the day after the last day.
            vevent.DtStart = new CalDateTime(ev.StartDate);
            vevent.DtEnd = new CalDateTime(ev.EndDate.AddDays(1));
        }
        else
        {
            vevent.DtStart = new CalDateTime(ev.Start.Date, ev.Start.Time, ev.TimeZoneId);
            if (ev.End is { Time: { } endTime } end) vevent.DtEnd = new CalDateTime(end.Date, endTime, ev.TimeZoneId);
        }

        vevent.Summary = CalendarDescription.Clean(text.Title);
        vevent.Description = _description.ForEvent(ev, language);
        vevent.Location = CalendarLocation.For(ev);
        vevent.Url = new Uri(_options.AbsoluteUrl(SitePaths.Event(language, ev)));
        vevent.Status = CalendarStatus.ToICal(ev.Status);
        SetCategories(vevent, KindName(ev.Kind, language));
        return vevent;
    }

    private CalendarEvent ItemVEvent(ProgrammeItem item, string language)
    {
        var ev = item.Event;
        var text = item.Text.In(language).Value;
        var vevent = NewVEvent(_identity.For(item));
        var start = item.Start!.Value;
        vevent.DtStart = new CalDateTime(DateOnly.FromDateTime(start), TimeOnly.FromDateTime(start), ev.TimeZoneId);
        if (item.End is { } end) vevent.DtEnd = new CalDateTime(DateOnly.FromDateTime(end), TimeOnly.FromDateTime(end), ev.TimeZoneId);

        vevent.Summary = CalendarDescription.Clean(text.Title);
        vevent.Description = _description.ForItem(item, language);
        vevent.Location = CalendarLocation.For(item);
        var page = item.HasPage ? SitePaths.Item(language, item) : SitePaths.Event(language, ev);
        vevent.Url = new Uri(_options.AbsoluteUrl(page));
        vevent.Status = CalendarStatus.ToICal(item.EffectiveStatus);
        SetCategories(vevent, KindName(item.Kind, language), item.Track);
        return vevent;
    }

    private static CalendarEvent NewVEvent(CalendarStamp stamp)
    {
        // Ical.Net defaults DTSTAMP to now and UID to a random GUID: both would change every build.
        var utc = stamp.LastModified.UtcDateTime;
        return new CalendarEvent
        {
            Uid = stamp.Uid,
            DtStamp = new CalDateTime(utc, CalDateTime.UtcTzId),
            LastModified = new CalDateTime(utc, CalDateTime.UtcTzId),
            Sequence = stamp.Sequence,
        };
    }

    private string? KindName(string? kind, string language)
    {
        if (string.IsNullOrWhiteSpace(kind)) return null;
        var key = KindKeyPrefix + kind.Trim().ToLowerInvariant().Replace('-', '_');
        var name = _uiText(language, key);
        return string.IsNullOrWhiteSpace(name) || name == key ? kind : name;
    }

    private static void SetCategories(CalendarEvent vevent, params string?[] categories)
    {
        var present = categories.Select(CalendarDescription.Clean).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        if (present.Count > 0) vevent.Categories = present;
    }

    private static string Serialize(IcalCalendar calendar, IReadOnlyList<CalendarEvent> events)
    {
        // A VTIMEZONE for every TZID used, with rules from the earliest date it covers (the
        // library's plain constructor writes an empty one, which readers take for UTC).
        var zones = events
            .SelectMany(e => new[] { e.DtStart, e.DtEnd })
            .Where(t => t is { HasTime: true, IsFloating: false, IsUtc: false })
            .GroupBy(t => t!.TzId!, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal);
        foreach (var zone in zones)
        {
            var earliest = zone.Min(t => t!.Value);
            calendar.AddTimeZone(VTimeZone.FromDateTimeZone(zone.Key, earliest, includeHistoricalData: false));
        }

        foreach (var vevent in events) calendar.Events.Add(vevent);
        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }
}
