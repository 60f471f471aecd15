using System.Globalization;
using Arshjul.Site.Calendar;
using Arshjul.Site.Configuration;
using Arshjul.Site.Model;

namespace Arshjul.Site.Exchange;

/// <summary>
/// An event's programme in one language as <see cref="ExchangeSchedule"/>, for the frab and c3voc exports: every
/// timed item (nested ones too, as in programme.ics) under its programme day (the day-change rule), rooms
/// in the event's declared order, then in the order they are first used. Ids and guids come from calendar UIDs,
/// so they stay the same across builds and languages; every link is absolute.
/// </summary>
public sealed class ScheduleExport(SiteOptions options, Func<MarkdownText, string> plainText, Func<string, string, string> uiText)
{
    /// <summary>The UI string naming the room of items that have none (breaks, plenaries): both formats need one.</summary>
    public const string AllRoomsKey = "schedule_all_rooms";

    /// <summary>The UI string naming a recording among an item's links.</summary>
    public const string RecordingKey = "recording";

    /// <summary>An event has the exports when it has a timed item: both formats need at least one day.</summary>
    public static bool HasExport(Event ev) => CalendarBuilder.HasProgrammeCalendar(ev);

    public ExchangeSchedule Build(Event ev, string language)
    {
        ArgumentNullException.ThrowIfNull(ev);
        var host = options.BaseUrl.IdnHost;
        var allRooms = uiText(language, AllRoomsKey);
        var items = CalendarBuilder.ProgrammeEntries(ev);
        var roomNames = ev.Rooms.Select(r => r.Name)
            .Concat(items.Select(i => i.Room).OfType<string>())
            .Concat(items.Any(i => i.Room is null) ? [allRooms] : [])
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var roomRank = roomNames.Select((name, index) => (name, index)).ToDictionary(p => p.name, p => p.index, StringComparer.Ordinal);
        var rooms = roomNames.Select(name => new ExchangeRoom(name, NameBasedUuid.Of($"{ev.Slug}/room/{name}@{host}"))).ToList();
        var tracks = ev.Tracks.Select(t => new ExchangeTrack(t.Name, t.Colour))
            .Concat(items.Select(i => i.Track).OfType<string>().Select(t => new ExchangeTrack(t, null)))
            .DistinctBy(t => t.Name, StringComparer.Ordinal)
            .ToList();

        var ids = new HashSet<int>();
        var talks = items.Select((item, order) => (Item: item, Order: order, Talk: Talk(item, language, host, allRooms, ids))).ToList();
        var days = talks
            .GroupBy(t => t.Item.ProgrammeDate!.Value)
            .OrderBy(g => g.Key)
            .Select(g => new ExchangeDay(
                g.Key.DayNumber - ev.StartDate.DayNumber + 1,
                g.Key,
                LocalInstant.Of(g.Key.ToDateTime(ev.DayChange), ev.TimeZone),
                LocalInstant.Of(g.Key.AddDays(1).ToDateTime(ev.DayChange), ev.TimeZone),
                g.OrderBy(t => roomRank[t.Talk.Room]).ThenBy(t => t.Item.Start).ThenBy(t => t.Order).Select(t => t.Talk).ToList()))
            .ToList();
        var lastDay = days.Count == 0 ? ev.EndDate : days[^1].Date;
        return new ExchangeSchedule(
            ev.Text.In(language).Value.Title,
            Acronym(ev.Slug),
            options.AbsoluteUrl(SitePaths.Event(language, ev)),
            options.BaseUrl.AbsoluteUri,
            ev.TimeZoneId,
            ev.StartDate,
            lastDay > ev.EndDate ? lastDay : ev.EndDate,
            rooms,
            tracks,
            days)
        { Version = "arshjul" };
    }

    /// <summary>
    /// The slug as both formats' acronym: c3voc allows no '-' after the first character (but in a "-2024-x"
    /// tail), and both want at least four characters.
    /// </summary>
    public static string Acronym(string slug) => slug.Replace('-', '_').PadRight(4, '_');

    private ExchangeTalk Talk(ProgrammeItem item, string language, string host, string allRooms, HashSet<int> ids)
    {
        var text = item.Text.In(language).Value;
        // An imported talk keeps the id it had in its schedule; the site's own get one from their calendar UID.
        var guid = item.ScheduleGuid ?? NameBasedUuid.Of(CalendarIdentity.Uid(item, host));
        var start = LocalInstant.Of(item.Start!.Value, item.Event.TimeZone);
        var duration = item.End is { } end ? LocalInstant.Of(end, item.Event.TimeZone) - start : TimeSpan.Zero;
        var page = item.HasPage ? SitePaths.Item(language, item) : SitePaths.Event(language, item.Event);
        var links = new List<ExchangeLink>();
        if (item.Recording is { Url: { } recordingUrl }) links.Add(new ExchangeLink(uiText(language, RecordingKey), options.AbsoluteLink(recordingUrl), "media"));
        var recording = item.Recording is { } r ? new ExchangeRecording(r.Licence, r.IsDeclined, r.Url is null ? null : options.AbsoluteLink(r.Url)) : null;
        return new ExchangeTalk(
            guid,
            UniqueId(guid, ids),
            start,
            duration < TimeSpan.Zero ? TimeSpan.Zero : duration,
            item.Room ?? allRooms,
            item.Event.Slug + "-" + item.Id,
            options.AbsoluteUrl(page),
            text.Title,
            Blank(text.Subtitle),
            item.Track,
            item.Kind ?? "other",
            item.Language,
            Blank(text.Summary),
            text.Description is { IsEmpty: false } description ? Blank(plainText(description)) : null,
            item.People.Select(p => Person(p, language, host)).ToList(),
            links,
            item.Materials.Select(m => new ExchangeLink(m.Title, options.AbsoluteLink(m.Url))).ToList(),
            recording);
    }

    private ExchangePerson Person(PersonRef person, string language, string host) =>
        person.Person is { } known
            ? new ExchangePerson(known.Name, NameBasedUuid.Of($"person/{known.Slug}@{host}"), options.AbsoluteUrl(SitePaths.Speaker(language, known)))
            : new ExchangePerson(person.Name);

    // A positive number from the guid's first bytes, the next free one when two collide (in programme order, so stable).
    private static int UniqueId(Guid guid, HashSet<int> taken)
    {
        var id = (int)(uint.Parse(guid.ToString("N")[..7], NumberStyles.HexNumber, CultureInfo.InvariantCulture) + 1);
        while (!taken.Add(id)) id++;
        return id;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
