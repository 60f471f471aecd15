using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text;
using Arshjul.Site.Configuration;
using Arshjul.Site.Model;
using Ical.Net;
using IcalCalendar = Ical.Net.Calendar;

namespace Arshjul.Site.Calendar;

/// <summary>
/// Makes the text of the site's .ics files (see the content model's URL table): one per event with
/// the event alone, one per event with its timed items (programme.ics), one per item that has a page,
/// and the per-language subscription feed of all events.
/// Every file is in one language. The output depends only on the model and the source times, never on
/// the clock, so an unchanged site rebuilds to the same bytes on any day. The VCALENDAR properties and
/// the VEVENTs are the bytes Ical.Net 5.2.4 writes for the same calendar (properties in name order,
/// lines folded at 75 octets and ended in CRLF, TEXT values escaped), made more cheaply: the VCALENDAR
/// properties come from Ical.Net once and are reused as text, and <see cref="IcsWriter"/> writes the
/// VEVENTs. Each VTIMEZONE is our own (<see cref="TimeZoneBlocks"/>): the tz database's transitions
/// over the file's own span, where Ical.Net would write rules up to the build machine's clock.
/// CalendarSerializerTests compares every file with Ical.Net's serialisation outside the VTIMEZONEs,
/// and checks the VTIMEZONEs against the tz database.
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

    /// <summary>The programme's name ("Program"), the second half of programme.ics's calendar name.</summary>
    public const string ProgrammeKey = "programme";

    /// <summary>The words for a room and a track ("Rum", "Spår"), in the name of a room's or track's calendar.</summary>
    public const string RoomKey = "room";

    public const string TrackKey = "track";

    /// <summary>A kind's name is the UI string "kind_&lt;kind&gt;" ('-' as '_'), as on the pages; an unknown kind is shown as written.</summary>
    public const string KindKeyPrefix = "kind_";

    /// <summary>How often subscribers should fetch the feed again.</summary>
    public const string RefreshInterval = "PT12H";

    private readonly SiteOptions _options;
    private readonly CalendarIdentity _identity;
    private readonly CalendarDescription _description;
    private readonly Func<string, string, string> _uiText;
    private readonly TimeZoneBlocks _timeZones = new();
    private readonly ConcurrentDictionary<string, string> _headers = new(StringComparer.Ordinal);

    /// <param name="options">The site: baseUrl (UIDs, URLs), titles and time zone (the feed).</param>
    /// <param name="times">When source files last changed: LAST-MODIFIED, DTSTAMP, SEQUENCE.</param>
    /// <param name="plainText">Markdown (bodies, descriptions) to plain text.</param>
    /// <param name="uiText">A UI string by language and key (<see cref="SpeakerKey"/>, <see cref="SpeakersKey"/>,
    /// <see cref="ModeratorKey"/>, <see cref="ModeratorsKey"/>, <see cref="MaterialsKey"/>, <see cref="KindKeyPrefix"/>+kind),
    /// e.g. "Talare"; the key itself when there is no such string.</param>
    public CalendarBuilder(SiteOptions options, SourceTimes times, Func<MarkdownText, string> plainText, Func<string, string, string> uiText)
        : this(options, times, new CalendarDescription(options, plainText ?? throw new ArgumentNullException(nameof(plainText)), uiText), uiText)
    {
    }

    /// <summary>
    /// The same builder after a text edit of one item (the dev server's <c>Build.TextEdit</c>): stamps from
    /// <paramref name="times"/>, and every VEVENT made so far kept but those of <paramref name="changed"/>, the items
    /// whose text or stamp the edit can change (<see cref="CalendarIdentity.StampedWith"/>).
    /// </summary>
    public CalendarBuilder After(SourceTimes times, IReadOnlySet<ProgrammeItem> changed)
    {
        ArgumentNullException.ThrowIfNull(changed);
        var next = new CalendarBuilder(_options, times, _description, _uiText);
        foreach (var (item, events) in _itemEvents)
        {
            if (!changed.Contains(item)) next._itemEvents.Add(item, events);
        }

        return next;
    }

    private CalendarBuilder(SiteOptions options, SourceTimes times, CalendarDescription description, Func<string, string, string> uiText)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(times);
        ArgumentNullException.ThrowIfNull(uiText);
        _options = options;
        _identity = new CalendarIdentity(options, times);
        _description = description;
        _uiText = uiText;
    }

    public CalendarIdentity Identity => _identity;

    /// <summary>A UI string of the language, as the builder's files use it (the key itself when there is none).</summary>
    public string UiText(string language, string key) => _uiText(language, key);

    /// <summary>An item gets an .ics of its own when it has a page and a start (an empty calendar helps nobody).</summary>
    public static bool HasItemCalendar(ProgrammeItem item) => item.HasPage && item.Start is not null;

    /// <summary>
    /// The event's own VEVENT, alone: what "add to calendar" on the event page adds. Someone asked to add
    /// an event expects one entry, not the whole programme; that is <see cref="BuildProgrammeCalendar"/>.
    /// </summary>
    public string BuildEventCalendar(Event ev, string language)
    {
        ArgumentNullException.ThrowIfNull(ev);
        var zones = new ZoneRange();
        zones.Add(ev);
        var writer = Begin(Header(language), zones, 2048);
        WriteEvent(writer, ev, language);
        return End(writer);
    }

    private static bool IsTimed(ProgrammeItem item) => item.Start is not null;

    /// <summary>The items that get a VEVENT in programme.ics: every item with a start, nested ones included, in programme order.</summary>
    public static IReadOnlyList<ProgrammeItem> ProgrammeEntries(Event ev)
    {
        ArgumentNullException.ThrowIfNull(ev);
        return ev.AllItems.Where(IsTimed).ToList();
    }

    /// <summary>An event gets a programme.ics when it has at least one timed item (an empty calendar helps nobody).</summary>
    public static bool HasProgrammeCalendar(Event ev) => ev.AllItems.Any(IsTimed);

    /// <summary>
    /// Every timed item of the event (<see cref="ProgrammeEntries"/>), without the event's own VEVENT.
    /// Named "&lt;event title&gt; – &lt;Programme&gt;" (X-WR-CALNAME, with the event's zone as X-WR-TIMEZONE), as the
    /// site feed is named after the site: clients that import a file of many entries into a calendar of
    /// its own show that name, so a reader can tell the programme apart and remove it in one go. The
    /// one-entry files (event, item) have no name: they go into the reader's own calendar.
    /// </summary>
    /// <exception cref="InvalidOperationException">The event has no timed item.</exception>
    public string BuildProgrammeCalendar(Event ev, string language)
    {
        ArgumentNullException.ThrowIfNull(ev);
        var items = ProgrammeEntries(ev);
        if (items.Count == 0)
        {
            throw new InvalidOperationException($"The event '{ev.Slug}' has no timed programme item, so it has no programme calendar.");
        }

        return BuildItemsCalendar(items, language, EventPart(ev, language, _uiText(language, ProgrammeKey)), ev.TimeZoneId);
    }

    /// <summary>
    /// The items of one day, room or track of an event (<see cref="CalendarGroup"/>), with the same VEVENTs as
    /// programme.ics and the item files, named "&lt;event title&gt; – &lt;<paramref name="label"/>&gt;" like programme.ics.
    /// </summary>
    /// <param name="label">The group in the reader's words: the day's date, "Rum: Sal A".</param>
    public string BuildGroupCalendar(Event ev, CalendarGroup group, string language, string label)
    {
        ArgumentNullException.ThrowIfNull(ev);
        ArgumentNullException.ThrowIfNull(group);
        return BuildItemsCalendar(group.Items, language, EventPart(ev, language, CalendarDescription.Clean(label) ?? group.Name), ev.TimeZoneId);
    }

    /// <summary>The items a person's calendar holds: every timed item they speak at or moderate, across events, in time order.</summary>
    public static IReadOnlyList<ProgrammeItem> PersonEntries(Person person)
    {
        ArgumentNullException.ThrowIfNull(person);
        return person.Items.Where(IsTimed).ToList();
    }

    /// <summary>A person gets a calendar when they are in at least one timed item.</summary>
    public static bool HasPersonCalendar(Person person) => PersonEntries(person).Count > 0;

    /// <summary>
    /// Every timed item of one person (<see cref="PersonEntries"/>), across events, named "&lt;site title&gt; – &lt;name&gt;"
    /// in the site's time zone (the items keep their events' own zones).
    /// </summary>
    /// <exception cref="InvalidOperationException">The person has no timed item.</exception>
    public string BuildPersonCalendar(Person person, string language)
    {
        ArgumentNullException.ThrowIfNull(person);
        var items = PersonEntries(person);
        if (items.Count == 0)
        {
            throw new InvalidOperationException($"The person '{person.Slug}' is in no timed programme item, so they have no calendar.");
        }

        var site = CalendarDescription.Clean(_options.TitleIn(language));
        var name = CalendarDescription.Clean(person.Name) ?? person.Slug;
        return BuildItemsCalendar(items, language, site is null ? name : $"{site} – {name}", _options.TimeZoneId);
    }

    private static string EventPart(Event ev, string language, string part)
    {
        var title = CalendarDescription.Clean(ev.Text.In(language).Value.Title);
        return title is null ? part : $"{title} – {part}";
    }

    private string BuildItemsCalendar(IReadOnlyList<ProgrammeItem> items, string language, string name, string timeZoneId)
    {
        if (items.Count == 0) throw new InvalidOperationException($"The calendar '{name}' has no timed item.");
        var calendar = NewCalendar(language);
        calendar.AddProperty("X-WR-CALNAME", name);
        calendar.AddProperty("X-WR-TIMEZONE", timeZoneId);

        var zones = new ZoneRange();
        foreach (var item in items) zones.Add(item);
        var writer = Begin(HeaderOf(calendar), zones, 1024 * (items.Count + 2));
        foreach (var item in items) WriteItem(writer, item, language);
        return End(writer);
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

        var zones = new ZoneRange();
        zones.Add(item);
        var writer = Begin(Header(language), zones, 2048);
        WriteItem(writer, item, language);
        return End(writer);
    }

    /// <summary>The subscription feed: every event, without items, named after the site.</summary>
    public string BuildSiteCalendar(IEnumerable<Event> events, string language)
    {
        ArgumentNullException.ThrowIfNull(events);
        var list = events.ToList();
        var calendar = NewCalendar(language);
        calendar.AddProperty("X-WR-CALNAME", CalendarDescription.Clean(_options.TitleIn(language)) ?? "");
        calendar.AddProperty("X-WR-TIMEZONE", _options.TimeZoneId);
        var refresh = new CalendarProperty("REFRESH-INTERVAL", RefreshInterval);
        refresh.Parameters.Add("VALUE", "DURATION");
        calendar.Properties.Add(refresh);
        calendar.AddProperty("X-PUBLISHED-TTL", RefreshInterval);

        var zones = new ZoneRange();
        foreach (var ev in list) zones.Add(ev);
        var writer = Begin(HeaderOf(calendar), zones, 1024 * (list.Count + 2));
        foreach (var ev in list) WriteEvent(writer, ev, language);
        return End(writer);
    }

    private static IcalCalendar NewCalendar(string language) => new()
    {
        // Fixed rather than the library's default, which names its version: a package update must not change every file.
        ProductId = $"-//Arshjul//Arshjul 1.0//{language.ToUpperInvariant()}",
        Version = "2.0",
        Scale = "GREGORIAN",
        Method = "PUBLISH",
    };

    // The VCALENDAR's own properties as Ical.Net writes them (in name order), without END:VCALENDAR:
    // the components go between. The same for every file of a language.
    private string Header(string language) => _headers.GetOrAdd(language, static l => HeaderOf(NewCalendar(l)));

    private static string HeaderOf(IcalCalendar calendar)
    {
        var text = IcalNetText.Serialize(calendar);
        const string end = "END:VCALENDAR\r\n";
        if (!text.EndsWith(end, StringComparison.Ordinal)) throw new InvalidOperationException("Ical.Net wrote an unexpected calendar:\n" + text);
        return text[..^end.Length];
    }

    private IcsWriter Begin(string header, ZoneRange zones, int capacity)
    {
        // At most one StringBuilder chunk (8,000 chars): a larger buffer would go to the large object heap.
        var output = new StringBuilder(Math.Min(capacity, 8000));
        output.Append(header);

        // A VTIMEZONE for every TZID used, covering the file's times in that zone (a TZID without
        // one, or with an empty one, is read as UTC or floating time).
        foreach (var (tzId, earliest, latest) in zones.InOrder()) output.Append(_timeZones.For(tzId, earliest, latest));
        return new IcsWriter(output);
    }

    private static string End(IcsWriter writer)
    {
        writer.Literal("END:VCALENDAR");
        return writer.Output.ToString();
    }

    // The properties of a VEVENT in name order, as Ical.Net writes them; CalendarSerializerTests
    // compares the result with a calendar built and serialised by Ical.Net. DTSTAMP and
    // LAST-MODIFIED are the stamp's time: Ical.Net would default DTSTAMP to now and UID to a
    // random GUID, and both would change every build.
    private void WriteEvent(IcsWriter writer, Event ev, string language)
    {
        var text = ev.Text.In(language).Value;
        var stamp = _identity.For(ev);
        writer.Literal("BEGIN:VEVENT");
        writer.TextList("CATEGORIES", Categories(KindName(ev.Kind, language)));
        writer.Text("DESCRIPTION", _description.ForEvent(ev, language));
        var utc = stamp.LastModified.UtcDateTime;
        if (ev.IsAllDay)
        {
            // DTEND of a DATE event is exclusive: the day after the last day.
            writer.Date("DTEND", ev.EndDate.AddDays(1));
            writer.Utc("DTSTAMP", utc);
            writer.Date("DTSTART", ev.StartDate);
        }
        else
        {
            if (ev.End is { Time: { } endTime } end) WriteTime(writer, "DTEND", end.Date.ToDateTime(endTime), ev);
            writer.Utc("DTSTAMP", utc);
            WriteTime(writer, "DTSTART", ev.Start.ToDateTime(), ev);
        }

        writer.Utc("LAST-MODIFIED", utc);
        writer.Text("LOCATION", CalendarLocation.For(ev));
        WriteTail(writer, stamp, CalendarStatus.ToICal(ev.Status), CalendarDescription.Clean(text.Title), SitePaths.Event(language, ev));
    }

    // An item's VEVENT is the same in every calendar that holds it (its own file, programme.ics, its day's,
    // room's and track's, each speaker's), so it is written once per language and copied after that. Weak
    // keys: a model that serve has replaced takes its entries with it. Held as UTF-8, half the size of a
    // string: at 5,000 items the VEVENTs of every language are kept to the end of the build.
    private readonly ConditionalWeakTable<ProgrammeItem, ConcurrentDictionary<string, byte[]>> _itemEvents = new();

    private void WriteItem(IcsWriter writer, ProgrammeItem item, string language)
    {
        var written = _itemEvents.GetValue(item, static _ => new ConcurrentDictionary<string, byte[]>(StringComparer.Ordinal));
        writer.Output.Append(Encoding.UTF8.GetString(written.GetOrAdd(language, l => Encoding.UTF8.GetBytes(ItemEvent(item, l)))));
    }

    private string ItemEvent(ProgrammeItem item, string language)
    {
        var writer = new IcsWriter(new StringBuilder(1024));
        var ev = item.Event;
        var text = item.Text.In(language).Value;
        var stamp = _identity.For(item);
        writer.Literal("BEGIN:VEVENT");
        writer.TextList("CATEGORIES", Categories(KindName(item.Kind, language), item.Track));
        writer.Text("DESCRIPTION", _description.ForItem(item, language));
        var utc = stamp.LastModified.UtcDateTime;
        if (item.End is { } end) WriteTime(writer, "DTEND", end, ev);
        writer.Utc("DTSTAMP", utc);
        WriteTime(writer, "DTSTART", item.Start!.Value, ev);
        writer.Utc("LAST-MODIFIED", utc);
        writer.Text("LOCATION", CalendarLocation.For(item));
        var page = item.HasPage ? SitePaths.Item(language, item) : SitePaths.Event(language, ev);
        WriteTail(writer, stamp, CalendarStatus.ToICal(item.EffectiveStatus), CalendarDescription.Clean(text.Title), page);
        return writer.Output.ToString();
    }

    // A time the clocks skip or pass twice is written in UTC, as the instant LocalInstant reads it
    // (RFC 5545 §3.3.5): calendar apps disagree on such a time with a TZID (ical.js and libical put a
    // skipped 02:30 an hour early and a repeated one an hour late), but read a UTC time alike.
    private static void WriteTime(IcsWriter writer, string name, DateTime local, Event ev)
    {
        var read = LocalInstant.Resolve(local, ev.TimeZone);
        if (read.Kind == LocalTimeKind.Unique) writer.Zoned(name, local, ev.TimeZoneId);
        else writer.Utc(name, read.Instant.UtcDateTime);
    }

    private void WriteTail(IcsWriter writer, CalendarStamp stamp, string status, string? summary, string page)
    {
        writer.Integer("SEQUENCE", stamp.Sequence);
        writer.Text("STATUS", status);
        writer.Text("SUMMARY", summary);
        writer.Text("UID", stamp.Uid);
        writer.Raw("URL", _options.AbsoluteUrl(page));
        writer.Literal("END:VEVENT");
    }

    private string? KindName(string? kind, string language)
    {
        if (string.IsNullOrWhiteSpace(kind)) return null;
        var key = KindKeyPrefix + kind.Trim().ToLowerInvariant().Replace('-', '_');
        var name = _uiText(language, key);
        return string.IsNullOrWhiteSpace(name) || name == key ? kind : name;
    }

    private static List<string> Categories(params string?[] categories) =>
        categories.Select(CalendarDescription.Clean).OfType<string>().Distinct(StringComparer.Ordinal).ToList();

    /// <summary>The zones a calendar's local times are in, each with its earliest and latest local time (the span its VTIMEZONE covers).</summary>
    private sealed class ZoneRange
    {
        private readonly List<(string TzId, DateTime Earliest, DateTime Latest)> _zones = new(1);

        public void Add(Event ev)
        {
            if (ev.IsAllDay) return; // DATE values have no zone
            Add(ev.TimeZoneId, ev.Start.ToDateTime());
            if (ev.End is { Time: { } endTime } end) Add(ev.TimeZoneId, end.Date.ToDateTime(endTime));
        }

        public void Add(ProgrammeItem item)
        {
            Add(item.Event.TimeZoneId, item.Start!.Value);
            if (item.End is { } end) Add(item.Event.TimeZoneId, end);
        }

        public IEnumerable<(string TzId, DateTime Earliest, DateTime Latest)> InOrder() =>
            _zones.Count <= 1 ? _zones : _zones.OrderBy(z => z.TzId, StringComparer.Ordinal);

        private void Add(string tzId, DateTime time)
        {
            if (IcsWriter.IsUtc(tzId)) return; // written with Z, no VTIMEZONE
            for (var i = 0; i < _zones.Count; i++)
            {
                var (id, earliest, latest) = _zones[i];
                if (!string.Equals(id, tzId, StringComparison.Ordinal)) continue;
                _zones[i] = (id, time < earliest ? time : earliest, time > latest ? time : latest);
                return;
            }

            _zones.Add((tzId, time, time));
        }
    }
}
