using Arshjul.Site.Calendar;
using Arshjul.Site.Configuration;
using Arshjul.Site.Model;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using IcalCalendar = Ical.Net.Calendar;

namespace Arshjul.Site.Tests.Calendar;

/// <summary>
/// The straightforward way to make the calendars, as CalendarBuilder did before it wrote VEVENTs
/// itself and reused VTIMEZONEs: every file a new Ical.Net calendar of CalendarEvent objects with a
/// new VTimeZone, serialised whole. CalendarSerializerTests holds the builder to these bytes.
/// </summary>
internal sealed class ReferenceCalendarBuilder(SiteOptions options, SourceTimes times, Func<MarkdownText, string> plainText, Func<string, string, string> uiText)
{
    private readonly CalendarIdentity _identity = new(options, times);
    private readonly CalendarDescription _description = new(options, plainText, uiText);

    public string BuildEventCalendar(Event ev, string language) =>
        Serialize(NewCalendar(language), [EventVEvent(ev, language)]);

    public string BuildProgrammeCalendar(Event ev, string language)
    {
        var calendar = NewCalendar(language);
        var title = CalendarDescription.Clean(ev.Text.In(language).Value.Title);
        calendar.AddProperty("X-WR-CALNAME", $"{title} – {uiText(language, CalendarBuilder.ProgrammeKey)}");
        calendar.AddProperty("X-WR-TIMEZONE", ev.TimeZoneId);
        return Serialize(calendar, ev.AllItems.Where(i => i.Start is not null).Select(i => ItemVEvent(i, language)).ToList());
    }

    /// <summary>A day's, room's or track's items (the group as <see cref="CalendarGroup.Of"/> makes it), named like programme.ics.</summary>
    public string BuildGroupCalendar(Event ev, CalendarGroup group, string language, string label) =>
        Named($"{CalendarDescription.Clean(ev.Text.In(language).Value.Title)} – {label}", ev.TimeZoneId, group.Items, language);

    public string BuildPersonCalendar(Person person, string language) =>
        Named($"{CalendarDescription.Clean(options.TitleIn(language))} – {person.Name}", options.TimeZoneId, person.Items.Where(i => i.Start is not null).ToList(), language);

    private string Named(string name, string timeZoneId, IReadOnlyList<ProgrammeItem> items, string language)
    {
        var calendar = NewCalendar(language);
        calendar.AddProperty("X-WR-CALNAME", name);
        calendar.AddProperty("X-WR-TIMEZONE", timeZoneId);
        return Serialize(calendar, items.Select(i => ItemVEvent(i, language)).ToList());
    }

    public string BuildItemCalendar(ProgrammeItem item, string language) =>
        Serialize(NewCalendar(language), [ItemVEvent(item, language)]);

    public string BuildSiteCalendar(IEnumerable<Event> events, string language)
    {
        var calendar = NewCalendar(language);
        calendar.AddProperty("X-WR-CALNAME", CalendarDescription.Clean(options.TitleIn(language)) ?? "");
        calendar.AddProperty("X-WR-TIMEZONE", options.TimeZoneId);
        var refresh = new CalendarProperty("REFRESH-INTERVAL", CalendarBuilder.RefreshInterval);
        refresh.Parameters.Add("VALUE", "DURATION");
        calendar.Properties.Add(refresh);
        calendar.AddProperty("X-PUBLISHED-TTL", CalendarBuilder.RefreshInterval);
        return Serialize(calendar, events.Select(e => EventVEvent(e, language)).ToList());
    }

    /// <summary>The same files as <see cref="CalendarBuilder.Outputs"/>, in the same order.</summary>
    public IEnumerable<(string Path, string Text)> All(SiteModel model)
    {
        foreach (var language in model.Languages)
        {
            yield return (SitePaths.Calendar(language), BuildSiteCalendar(model.Events, language));
            foreach (var ev in model.Events)
            {
                yield return (SitePaths.EventCalendar(language, ev), BuildEventCalendar(ev, language));
                if (ev.AllItems.Any(i => i.Start is not null)) yield return (SitePaths.ProgrammeCalendar(language, ev), BuildProgrammeCalendar(ev, language));
                foreach (var group in CalendarGroup.Of(ev))
                {
                    var label = group.Kind switch
                    {
                        CalendarGroupKind.Day => group.Value, // the planner's default: the ISO date
                        CalendarGroupKind.Room => $"{uiText(language, CalendarBuilder.RoomKey)}: {group.Value}",
                        _ => $"{uiText(language, CalendarBuilder.TrackKey)}: {group.Value}",
                    };
                    yield return (SitePaths.GroupCalendar(language, ev, group.Name), BuildGroupCalendar(ev, group, language, label));
                }

                foreach (var item in ev.AllItems.Where(CalendarBuilder.HasItemCalendar))
                {
                    yield return (SitePaths.ItemCalendar(language, item), BuildItemCalendar(item, language));
                }
            }

            foreach (var person in model.People.Values.Where(p => p.Items.Any(i => i.Start is not null)).OrderBy(p => p.Slug, StringComparer.Ordinal))
            {
                yield return (SitePaths.SpeakerCalendar(language, person), BuildPersonCalendar(person, language));
            }
        }
    }

    private static IcalCalendar NewCalendar(string language) => new()
    {
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
        vevent.Url = new Uri(options.AbsoluteUrl(SitePaths.Event(language, ev)));
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
        vevent.Url = new Uri(options.AbsoluteUrl(page));
        vevent.Status = CalendarStatus.ToICal(item.EffectiveStatus);
        SetCategories(vevent, KindName(item.Kind, language), item.Track);
        return vevent;
    }

    private static CalendarEvent NewVEvent(CalendarStamp stamp)
    {
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
        var key = CalendarBuilder.KindKeyPrefix + kind.Trim().ToLowerInvariant().Replace('-', '_');
        var name = uiText(language, key);
        return string.IsNullOrWhiteSpace(name) || name == key ? kind : name;
    }

    private static void SetCategories(CalendarEvent vevent, params string?[] categories)
    {
        var present = categories.Select(CalendarDescription.Clean).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        if (present.Count > 0) vevent.Categories = present;
    }

    private static string Serialize(IcalCalendar calendar, IReadOnlyList<CalendarEvent> events)
    {
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
