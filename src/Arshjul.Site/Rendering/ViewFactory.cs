using System.Collections.Frozen;
using System.Globalization;
using System.Runtime.CompilerServices;
using Arshjul.Site.I18n;
using Arshjul.Site.Model;
using Arshjul.Site.Rendering.Templates;
using Arshjul.Site.Rendering.Views;

namespace Arshjul.Site.Rendering;

/// <summary>
/// Turns model objects into the view records templates see, for one page: texts in the page's
/// language (or marked fallback), dates formatted, URLs relative to the page.
/// </summary>
public sealed class ViewFactory(PageContext page)
{
    private RenderSession Session => page.Session;

    public TrustedHtml? Markdown(MarkdownText? text, string contentLang)
    {
        if (text is null || text.IsEmpty) return null;
        var html = Session.Html.ToHtml(Session.Markdown.Get(text), url => Session.Links.Resolve(url, text.Path, page.Lang) is { } path ? page.Url(path) : null, page.Ids.Claim);
        return new TrustedHtml(html);
    }

    public EventSummaryView EventSummary(Event ev)
    {
        var text = ev.Text.In(page.Lang);
        return new EventSummaryView
        {
            Slug = ev.Slug,
            Title = text.Value.Title,
            Url = page.Url(SitePaths.Event(page.Lang, ev)),
            DateText = EventDateText(ev),
            StartIso = Iso(ev, ev.Start.ToDateTime(), ev.IsAllDay),
            Summary = text.Value.Summary,
            KindLabel = page.Label("kind_", ev.Kind),
            Place = ev.Place is { } place ? (place.Online ? page.T("online") : place.OneLine) : null,
            Status = StatusName(ev.Status),
            StatusLabel = StatusLabel(ev.Status),
            ContentLang = text.ContentLanguage,
            Year = ev.Start.Date.Year,
        };
    }

    public EventView Event(Event ev)
    {
        ReserveProgrammeIds(ev);
        var text = ev.Text.In(page.Lang);
        var summary = EventSummary(ev);
        var series = ev.Series;
        return new EventView
        {
            Summary = summary,
            Title = text.Value.Title,
            Kind = ev.Kind,
            KindLabel = summary.KindLabel,
            DateText = summary.DateText,
            StartIso = summary.StartIso,
            EndIso = ev.End is { } end ? Iso(ev, end.ToDateTime(), ev.IsAllDay) : null,
            IsAllDay = ev.IsAllDay,
            IsPast = ev.EndDate < DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(Session.Now, ev.TimeZone).DateTime),
            Status = StatusName(ev.Status),
            StatusLabel = summary.StatusLabel,
            Place = ev.Place is { } place ? place.OneLine : null,
            PlaceUrl = ev.Place?.Url,
            Online = ev.Place?.Online ?? false,
            Organisers = ev.Organisers,
            Audience = text.Value.Audience,
            RegistrationText = text.Value.RegistrationText,
            RegistrationUrl = ev.Registration?.Url,
            RegistrationOpens = ev.Registration?.Opens is { } opens ? page.T("registration_opens", ("date", page.Dates.ShortDate(opens))) : null,
            RegistrationCloses = ev.Registration?.Closes is { } closes ? page.T("registration_closes", ("date", page.Dates.ShortDate(closes))) : null,
            Series = series,
            SeriesUrl = series is null ? null : page.Url(SitePaths.Series(page.Lang, SitePaths.SeriesSlug(series))),
            TimeZoneNote = ev.TimeZoneId != Session.Options.TimeZoneId ? page.T("timezone_note", ("zone", ev.TimeZoneId)) : null,
            Body = Markdown(text.Value.Body, text.ContentLanguage),
            ContentLang = text.ContentLanguage,
            IsFallback = text.IsFallback,
            Programme = Programme(ev),
            IcsUrl = page.Url(SitePaths.EventCalendar(page.Lang, ev)),
            GoogleUrl = Calendar.GoogleCalendarLink.For(ev, page.Lang, Session.PlainText, Session.Options),
            ProgrammeIcsUrl = Calendar.CalendarBuilder.HasProgrammeCalendar(ev) ? page.Url(SitePaths.ProgrammeCalendar(page.Lang, ev)) : null,
            ProgrammeIcsText = ProgrammeIcsText(ev),
            ScheduleJsonUrl = Calendar.CalendarBuilder.HasProgrammeCalendar(ev) ? page.Url(SitePaths.ScheduleJson(page.Lang, ev)) : null,
            ScheduleXmlUrl = Calendar.CalendarBuilder.HasProgrammeCalendar(ev) ? page.Url(SitePaths.ScheduleXml(page.Lang, ev)) : null,
            Articles = Session.Site.Articles.Where(a => a.Events.Contains(ev))
                .Select(a => new LinkView(a.Text.In(page.Lang).Value.Title, page.Url(SitePaths.Article(page.Lang, a))))
                .ToList(),
            GroupCalendars = Calendar.CalendarGroup.Of(ev).Where(g => g.Kind != Calendar.CalendarGroupKind.Day).Select(g => GroupCalendar(ev, g)).ToList(),
            PrintUrl = HasPrintProgramme(ev) ? page.Url(SitePaths.PrintProgramme(page.Lang, ev)) : null,
        };
    }

    /// <summary>The printable programme: every day, the items still without a time, and QR codes to the event page and programme.ics.</summary>
    public PrintView Print(Event ev)
    {
        var programme = Schedule.Programme.For(ev);
        var options = Session.Options;
        var codes = new List<QrCodeView>();
        void Code(string labelKey, string path)
        {
            var url = options.AbsoluteUrl(path);
            var label = page.T(labelKey);
            codes.Add(new QrCodeView(label, url, QrCodeSvg.For(url, $"{page.T("qr_code")}: {label}")));
        }

        Code("print_qr_event", SitePaths.Event(page.Lang, ev));
        if (Calendar.CalendarBuilder.HasProgrammeCalendar(ev)) Code("print_qr_calendar", SitePaths.ProgrammeCalendar(page.Lang, ev));
        return new PrintView
        {
            Event = EventSummary(ev),
            Days = Days(ev, programme.Days, programme.Lanes),
            Unscheduled = programme.Unscheduled.Select(i => Item(i)).ToList(),
            Codes = codes,
        };
    }

    /// <summary>An event has a printable programme when it has a programme at all (timed or not).</summary>
    public static bool HasPrintProgramme(Event ev) => ev.Items.Count > 0;

    /// <summary>A day, room or track calendar of the event, as its links.</summary>
    public GroupCalendarView GroupCalendar(Event ev, Calendar.CalendarGroup group)
    {
        ArgumentNullException.ThrowIfNull(group);
        var (label, context) = group.Kind switch
        {
            Calendar.CalendarGroupKind.Day => (page.Dates.LongDate(group.Date!.Value), page.T("calendar_of_day", ("day", page.Dates.LongDate(group.Date!.Value)))),
            Calendar.CalendarGroupKind.Room => ($"{page.T("room")}: {group.Value}", page.T("calendar_of_room", ("room", group.Value))),
            _ => ($"{page.T("track")}: {group.Value}", page.T("calendar_of_track", ("track", group.Value))),
        };
        return CalendarLinks(label, SitePaths.GroupCalendar(page.Lang, ev, group.Name), context);
    }

    private GroupCalendarView CalendarLinks(string label, string path, string context) =>
        new(label, page.Url(path), Calendar.WebcalLink.For(Session.Options.AbsoluteUrl(path)), context);

    /// <summary>
    /// "Add the whole programme to calendar (N items)", N being the VEVENTs of programme.ics; null without one.
    /// Singular and plural are two strings: one item is "1 item", any other number the plural, as in all seven theme
    /// languages (sv, nb, nn, en, de, fi, da); a language with other plural rules needs more keys.
    /// </summary>
    private string? ProgrammeIcsText(Event ev)
    {
        if (!Calendar.CalendarBuilder.HasProgrammeCalendar(ev)) return null;
        var count = Calendar.CalendarBuilder.ProgrammeEntries(ev).Count;
        var key = count == 1 ? "add_programme_to_calendar_one" : "add_programme_to_calendar";
        return page.T(key, ("count", count.ToString(CultureInfo.InvariantCulture)));
    }

    /// <summary>An item as a page shows it.</summary>
    /// <param name="withDescription">
    /// True on the item's own page. Programme lists show compact entries: an item with a description
    /// has a page, and the entry links there (issue 15: a whole description per entry made a
    /// 139-talk programme 116,508 px tall on a phone).
    /// </param>
    public ItemView Item(ProgrammeItem item, bool withChildren = true, bool withDescription = false)
    {
        var ev = item.Event;
        ReserveProgrammeIds(ev);
        var text = item.Text.In(page.Lang);
        var status = item.EffectiveStatus;
        return new ItemView
        {
            Id = item.Id,
            Title = text.Value.Title,
            Subtitle = text.Value.Subtitle,
            Summary = text.Value.Summary,
            Url = item.HasPage ? page.Url(SitePaths.Item(page.Lang, item)) : null,
            TimeText = item.Start is { } start ? page.Dates.TimeRange(start, item.End) : null,
            StartIso = item.Start is { } s ? Iso(ev, s, false) : null,
            EndIso = item.End is { } e ? Iso(ev, e, false) : null,
            DateText = item.ProgrammeDate is { } date ? page.Dates.LongDate(date) : null,
            WhenBetween = page.Dates.DateTimeJoin.Between,
            WhenAfter = page.Dates.DateTimeJoin.After,
            Kind = item.Kind,
            KindLabel = page.Label("kind_", item.Kind),
            Room = item.Room,
            Track = item.Track,
            SpansAll = item.SpansAllLanes,
            TrackColour = item.Track is { } track ? ev.Tracks.FirstOrDefault(t => t.Name == track)?.Colour : null,
            Status = StatusName(status),
            StatusLabel = StatusLabel(status),
            IsStruck = status is Status.Cancelled or Status.Postponed,
            GivenIn = item.Language is { } language && !SameLanguage(language, page.Lang) ? GivenIn(language) : null,
            LanguageCode = item.Language,
            LanguageName = item.Language is { } spoken ? page.LanguageName(spoken) : null,
            Speakers = item.Speakers.Select(PersonRef).ToList(),
            Moderators = item.Moderators.Select(PersonRef).ToList(),
            Materials = item.Materials.Select(m => new LinkView(m.Title, LinkTo(m.Url))).ToList(),
            RecordingUrl = item.Recording?.Url is { } recording ? LinkTo(recording) : null,
            RecordingLicence = item.Recording?.Licence,
            NotRecorded = item.Recording?.IsDeclined ?? false,
            Description = withDescription || !item.HasPage ? Markdown(text.Value.Description, text.ContentLanguage) : null,
            ContentLang = text.ContentLanguage,
            IsFallback = text.IsFallback,
            Children = withChildren ? item.Children.Select(c => Item(c)).ToList() : [],
            EventTitle = ev.Text.In(page.Lang).Value.Title,
            EventContentLang = ev.Text.In(page.Lang).ContentLanguage,
            EventUrl = page.Url(SitePaths.Event(page.Lang, ev)),
            IcsUrl = Calendar.CalendarBuilder.HasItemCalendar(item) ? page.Url(SitePaths.ItemCalendar(page.Lang, item)) : null,
            Uid = Calendar.CalendarBuilder.HasItemCalendar(item) ? Calendar.CalendarIdentity.Uid(item, Session.Options.BaseUrl.IdnHost) : null,
            DayIso = item.ProgrammeDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            // Only the item's own page offers it: made for every entry of every list, it was a tenth of a build.
            GoogleUrl = withDescription && item.Start is not null ? Calendar.GoogleCalendarLink.For(item, page.Lang, Session.PlainText, Session.Options) : null,
        };
    }

    /// <summary>An item with a calendar file as "my programme" lists it (<see cref="MyItemView"/>).</summary>
    public MyItemView MyItem(ProgrammeItem item)
    {
        var ev = item.Event;
        var text = item.Text.In(page.Lang);
        var status = item.EffectiveStatus;
        return new MyItemView
        {
            Uid = Calendar.CalendarIdentity.Uid(item, Session.Options.BaseUrl.IdnHost),
            Title = text.Value.Title,
            ContentLang = text.ContentLanguage,
            IsFallback = text.IsFallback,
            Url = item.HasPage ? page.Url(SitePaths.Item(page.Lang, item)) : null,
            StartIso = item.Start is { } s ? Iso(ev, s, false) : null,
            EndIso = item.End is { } e ? Iso(ev, e, false) : null,
            Room = item.Room,
            DayIso = item.ProgrammeDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            DateText = item.ProgrammeDate is { } date ? page.Dates.LongDate(date) : null,
            TimeText = item.Start is { } start ? page.Dates.TimeRange(start, item.End) : null,
            Status = StatusName(status),
            StatusLabel = StatusLabel(status),
        };
    }

    /// <summary>
    /// The programme as the event page shows it, or as the page of <paramref name="onlyDay"/> does. A programme
    /// with day pages (<see cref="Schedule.Programme.HasDayPages"/>) lists only its days on the event page.
    /// </summary>
    public ProgrammeView Programme(Event ev, DateOnly? onlyDay = null)
    {
        var programme = Schedule.Programme.For(ev);
        var split = programme.HasDayPages;
        var shown = programme.Days.Where(d => onlyDay is null ? !split : d.Date == onlyDay.Value);
        var days = Days(ev, shown, programme.Lanes);
        var links = programme.Days.Count < 2 ? [] : programme.Days.Select(day => new DayLinkView(
            page.Dates.Culture.DateTimeFormat.GetAbbreviatedDayName(day.Date.DayOfWeek) + " " + page.Dates.DayMonth(day.Date),
            day.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            split ? page.Url(SitePaths.ProgrammeDay(page.Lang, ev, day.Date)) : "#" + DayId(day.Date),
            day.Slots.Sum(s => s.Items.Count),
            day.Date == onlyDay)).ToList();
        var unscheduled = onlyDay is null ? programme.Unscheduled.Select(i => Item(i)).ToList() : [];
        var all = ev.AllItems;
        return new ProgrammeView(days, unscheduled, programme.Lanes)
        {
            DayLinks = links,
            IsSplit = split,
            Rooms = Options(ev.Rooms.Select(r => (string?)r.Name).Concat(all.Select(i => i.Room)), v => v),
            Tracks = Options(ev.Tracks.Select(t => (string?)t.Name).Concat(all.Select(i => i.Track)), v => v),
            Kinds = Options(all.Select(i => i.Kind), k => page.Label("kind_", k) ?? k),
            Languages = Options(all.Select(i => i.Language), page.LanguageName),
        };
    }

    /// <summary>Programme days with their slots, their room grid's columns and, where the day has one, its calendar.</summary>
    public List<DayView> Days(Event ev, IEnumerable<Schedule.ProgrammeDay> shown, IReadOnlyList<string> lanes)
    {
        var calendars = Calendar.CalendarGroup.Of(ev).Where(g => g.Kind == Calendar.CalendarGroupKind.Day).ToDictionary(g => g.Date!.Value);
        return shown.Select(day =>
        {
            var columns = GridLanes(day, lanes);
            return new DayView(
                DayId(day.Date),
                page.Dates.LongDate(day.Date),
                day.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                day.Slots.Select(slot => new SlotView(
                    page.Dates.Time(slot.Start),
                    Iso(ev, slot.Start, false),
                    slot.Items.Select(i => Item(i) with { GridColumn = i.Lane is { } lane && columns.IndexOf(lane) is var at and >= 0 ? at + 1 : null }).ToList(),
                    slot.Items.Count > 1)).ToList())
            {
                Calendar = calendars.TryGetValue(day.Date, out var group) ? GroupCalendar(ev, group) : null,
                Lanes = columns,
            };
        }).ToList();
    }

    /// <summary>
    /// The columns of a day's room grid: the programme's lanes (declared order first) that the day's items use,
    /// when at least two are used and something runs in parallel; otherwise none, and the day is a list.
    /// </summary>
    private static List<string> GridLanes(Schedule.ProgrammeDay day, IReadOnlyList<string> lanes)
    {
        if (!day.Slots.Any(s => s.Items.Count > 1)) return [];
        var used = day.Slots.SelectMany(s => s.Items).Select(i => i.Lane).OfType<string>().ToHashSet(StringComparer.Ordinal);
        return used.Count < 2 ? [] : lanes.Where(used.Contains).ToList();
    }

    private static List<FilterOptionView> Options(IEnumerable<string?> values, Func<string, string> text) =>
        values.OfType<string>().Distinct(StringComparer.Ordinal).Select(v => new FilterOptionView(v, text(v))).ToList();

    public PersonView Person(Person person, bool withDetails)
    {
        var bio = person.Bio.In(page.Lang);
        var organisation = person.Organisation.In(page.Lang);
        var role = person.Role.In(page.Lang);
        return new PersonView
        {
            Slug = person.Slug,
            Name = person.Name,
            Url = page.Url(SitePaths.Speaker(page.Lang, person)),
            Organisation = organisation.Value,
            Role = role.Value,
            RoleLang = LangIfOther(role),
            PhotoUrl = person.Photo is null ? null : page.Url(person.Photo),
            Links = person.Links.Select(l => new LinkView(l.Title, LinkTo(l.Url))).ToList(),
            Bio = withDetails ? Markdown(bio.Value, bio.ContentLanguage) : null,
            BioLang = bio.ContentLanguage,
            BioIsFallback = bio.IsFallback,
            BioFallbackNote = bio.IsFallback && bio.Value is not null ? page.T("bio_fallback_note", ("language", page.LanguageName(bio.ContentLanguage))) : null,
            Items = withDetails ? person.Items.Select(i => Item(i, withChildren: false)).ToList() : [],
            Calendar = withDetails && Calendar.CalendarBuilder.HasPersonCalendar(person)
                ? CalendarLinks(person.Name, SitePaths.SpeakerCalendar(page.Lang, person), page.T("calendar_of_person", ("name", person.Name)))
                : null,
        };
    }

    public ArticleView Article(Article article, bool withBody)
    {
        var text = article.Text.In(page.Lang);
        return new ArticleView
        {
            Title = text.Value.Title,
            Url = page.Url(SitePaths.Article(page.Lang, article)),
            DateText = page.Dates.LongDate(article.Date),
            DateIso = article.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Summary = text.Value.Summary,
            Body = withBody ? Markdown(text.Value.Body, text.ContentLanguage) : null,
            ContentLang = text.ContentLanguage,
            IsFallback = text.IsFallback,
            Events = withBody ? article.Events.Select(EventSummary).ToList() : [],
        };
    }

    /// <summary>A link written in front matter: external as is, a site path made relative to the page.</summary>
    public string LinkTo(string url) =>
        url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) ? page.Url(url.TrimStart('/')) : url;

    public string EventDateText(Event ev) =>
        page.Dates.Span(ev.Start.ToDateTime(), ev.End?.ToDateTime(), ev.IsAllDay);

    /// <summary>ISO 8601 for &lt;time datetime&gt; and JSON-LD: a plain date for all-day, else with the zone's offset then.</summary>
    public static string Iso(Event ev, DateTime local, bool dateOnly)
    {
        if (dateOnly) return local.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return LocalInstant.Of(local, ev.TimeZone).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Item anchors and day headings keep their ids (links from item pages and calendars land on
    /// them), so they are reserved before any text of the page takes a heading id.
    /// </summary>
    private void ReserveProgrammeIds(Event ev) => page.Ids.ReserveOnce(ev, () => ProgrammeIds.GetValue(ev, MakeProgrammeIds));

    // The same for every page of the event, so made once per event (weakly held: serve replaces the model).
    private static readonly ConditionalWeakTable<Event, IReadOnlySet<string>> ProgrammeIds = new();

    private static IReadOnlySet<string> MakeProgrammeIds(Event ev) =>
        ev.AllItems.Select(i => i.Id)
            .Concat(ev.AllItems.Where(i => i.ProgrammeDate is not null).Select(i => i.ProgrammeDate!.Value).Distinct().Select(DayId))
            .ToFrozenSet(StringComparer.Ordinal);

    private static string DayId(DateOnly date) => "day-" + date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// "Ges på engelska": the language named in the page's language, or, when the UI strings do not name it, in
    /// itself and marked so ("Given in <span lang="pt">português</span>").
    /// </summary>
    private TrustedHtml GivenIn(string language)
    {
        var name = LanguageNames.For(Session.Strings, page.Lang, language);
        var html = HtmlEscaper.Escape(name.Name);
        if (name.Lang is { } lang) html = $"<span lang=\"{HtmlEscaper.Escape(lang)}\">{html}</span>";
        var parts = page.T("given_in").Split("{language}");
        return new TrustedHtml(string.Join(html, parts.Select(HtmlEscaper.Escape)));
    }

    /// <summary>A talk in "en-GB" on an English page needs no badge: the page is in its language.</summary>
    private static bool SameLanguage(string tag, string pageLang) =>
        tag.Split('-')[0].Equals(pageLang, StringComparison.OrdinalIgnoreCase);

    private PersonRefView PersonRef(PersonRef person) =>
        new(person.Name, person.OrganisationIn(page.Lang)?.Value, person.Person is { } p ? page.Url(SitePaths.Speaker(page.Lang, p)) : null);

    /// <summary>The language of a text shown in another language than the page's (for <c>lang</c>), else null.</summary>
    private static string? LangIfOther<T>(Translated<T> text) => text.IsFallback ? text.ContentLanguage : null;

    private string? StatusLabel(Status status) => status == Status.Scheduled ? null : page.T("status_" + StatusName(status));

    private static string StatusName(Status status) => status switch
    {
        Status.Scheduled => "scheduled",
        Status.Tentative => "tentative",
        Status.Postponed => "postponed",
        Status.Cancelled => "cancelled",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };
}
