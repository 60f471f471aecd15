using System.Globalization;
using Arshjul.Site.Content;
using Arshjul.Site.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Arshjul.Site.Model.Loading;

/// <summary>Reads an event's index files and its session files into one <see cref="Event"/>.</summary>
internal sealed class EventReader(ModelContext context)
{
    public static readonly string[] Keys =
        ["title", "kind", "start", "end", "timeZone", "dayChange", "series", "location", "organisers", "audience", "registration", "status", "summary", "tags", "rooms", "tracks", "schedule"];

    /// <summary>The one event slug the event folder's own outputs take (see <see cref="Output.SitePaths.ProgrammeCalendar"/>).</summary>
    public const string ProgrammeSlug = "programme";

    private static readonly string[] TextKeys = ["title", "summary", "audience", "registration", "schedule"];

    public Event? Read(string slug, IReadOnlyList<ContentDocument> files, IReadOnlyList<(string Slug, IReadOnlyList<ContentDocument> Files)> sessions)
    {
        var source = context.SourceOf(files);
        var data = source.Data;
        if (slug == ProgrammeSlug)
        {
            // events/programme/ would hold two files called programme.ics: the event's own and its programme's.
            context.Diagnostics.Error(DiagnosticCodes.ReservedName, SourceLocation.StartOf(source.Path),
                $"An event cannot be called '{slug}': its own calendar would be {slug}.ics, the name of its programme's calendar. Rename the folder, e.g. to '{slug}-event'.");
        }

        var title = data.RequiredText("title", "The event");
        var start = data.DateTime("start");
        if (start is null && !data.Has("start"))
        {
            context.Diagnostics.Error(DiagnosticCodes.MissingRequired, data.Location, "The event has no 'start'; it is required.",
                "Add e.g. start: 2024-03-08T08:30, or start: 2024-03-08 for an all-day event.");
        }

        var zoneId = data.Text("timeZone") ?? context.Options.TimeZoneId;
        var zone = context.Options.TimeZone;
        if (data.Has("timeZone")) context.CheckTimeZone(zoneId, data.ValueLocation("timeZone"), out zone);

        start = OnClock(start, "start", data, zone, zoneId);
        var end = OnClock(data.DateTime("end"), "end", data, zone, zoneId);
        if (start is { } s && end is { } e && e.ToDateTime() < s.ToDateTime())
        {
            context.Diagnostics.Error(DiagnosticCodes.EndBeforeStart, data.ValueLocation("end"), $"'end' ({Show(e, s)}) is before 'start' ({Show(s, e)}).");
            end = null;
        }

        var (registration, registrationText) = ReadRegistration(data);
        var sourceText = new EventText(title ?? slug, data.Text("summary"), data.Text("audience"), registrationText, ModelContext.Body(source));
        var text = context.Translate(files, source, sourceText, (own, fallback) => ReadTranslation(own, fallback, data));

        var ev = new Event
        {
            Slug = slug,
            Files = files.OrderBy(f => f == source ? 0 : 1).ToList(),
            Location = data.Location,
            Text = text,
            Start = start ?? default,
            End = end,
            TimeZoneId = zoneId,
            TimeZone = zone,
            DayChange = data.Time("dayChange") ?? context.Options.DayChange,
            Kind = context.ReadKind(data),
            Series = data.Text("series"),
            Place = ReadLocation(data),
            Organisers = data.TextList("organisers"),
            Registration = registration,
            Status = context.ReadStatus(data) ?? Status.Scheduled,
            Tags = data.TextList("tags"),
            Rooms = LaneReader.Rooms(data),
            Tracks = LaneReader.Tracks(data),
        };

        var items = new ItemReader(context, ev);
        foreach (var (itemSlug, itemFiles) in sessions.Where(s => !context.Failed.Has(ContentKind.Session, s.Slug, slug)))
        {
            if (items.ReadFile(itemSlug, itemFiles) is { } item) ev.Items.Add(item);
        }

        ev.Items.AddRange(items.ReadSchedule(source, files.Where(f => f != source).ToList()));
        items.Lanes.ReportSpellings();
        data.ReportUnknownKeys(Keys, "an event");
        return title is null || start is null ? null : ev;
    }

    /// <summary>A date-time the zone's clocks skip or repeat is warned about; a skipped one is read past the gap.</summary>
    private LocalDateTimeValue? OnClock(LocalDateTimeValue? value, string key, YamlObject data, TimeZoneInfo zone, string zoneId)
    {
        if (value is not { HasTime: true } written) return value;
        var read = ClockChangeCheck.Check(written.ToDateTime(), zone, zoneId, key, data.ValueLocation(key), context.Diagnostics);
        return new LocalDateTimeValue(DateOnly.FromDateTime(read), TimeOnly.FromDateTime(read));
    }

    private EventText ReadTranslation(ContentDocument own, EventText fallback, YamlObject sourceData)
    {
        var data = own.Data;
        var registrationText = data.Get("registration") is YamlScalarNode { Value: { } r } ? r.Trim() : fallback.RegistrationText;
        foreach (var key in data.Keys.Where(k => !TextKeys.Contains(k) && Keys.Contains(k)).ToList())
        {
            data.Get(key);
            if (data.SameValue(key, sourceData)) continue;
            context.Diagnostics.Warning(DiagnosticCodes.TranslationSetsFixedKey, data.KeyLocation(key),
                $"A translation sets '{key}', which is taken from the source file; a translation only sets texts (title, summary, audience, registration and the body).");
        }

        data.ReportUnknownKeys(Keys, "an event");
        return new EventText(
            data.Text("title") ?? fallback.Title,
            data.Text("summary") ?? fallback.Summary,
            data.Text("audience") ?? fallback.Audience,
            registrationText,
            ModelContext.Body(own) ?? fallback.Body);
    }

    private static Location? ReadLocation(YamlObject data)
    {
        switch (data.Get("location"))
        {
            case null:
                return null;
            case YamlScalarNode { Value: { } text }:
                return new Location(text.Trim(), null, null, null, Online: false);
            case YamlMappingNode:
                var map = data.Object("location")!;
                var location = new Location(map.Text("name"), map.Text("address"), map.Text("city"), Url(map), map.Boolean("online") ?? false);
                map.ReportUnknownKeys(["name", "address", "city", "url", "online"], "'location'");
                return location;
            case var other:
                data.WrongType("location", other, "text or { name, address, city, url, online }");
                return null;
        }
    }

    private static (Registration? Registration, string? Text) ReadRegistration(YamlObject data)
    {
        switch (data.Get("registration"))
        {
            case null:
                return (null, null);
            case YamlScalarNode { Value: { } text }:
                return (null, text.Trim());
            case YamlMappingNode:
                var map = data.Object("registration")!;
                var registration = new Registration(Url(map), map.DateTime("opens")?.Date, map.DateTime("closes")?.Date);
                map.ReportUnknownKeys(["url", "opens", "closes"], "'registration'");
                return (registration, null);
            case var other:
                data.WrongType("registration", other, "text or { url, opens, closes }");
                return (null, null);
        }
    }

    /// <summary>The mapping's 'url', or null when it has none or it may not be published.</summary>
    private static string? Url(YamlObject map) =>
        map.Text("url") is { } url && AuthorUrls.Check(url, map.ValueLocation("url"), map.Source.Diagnostics) ? url : null;

    // Show only what differs: "11:00" and "12:00" on the same day, whole date-times otherwise.
    private static string Show(LocalDateTimeValue value, LocalDateTimeValue other) =>
        value.Date == other.Date && value.Time is { } time && other.HasTime ? time.ToString("HH:mm", CultureInfo.InvariantCulture) : value.ToString();
}
