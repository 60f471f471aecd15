using System.Globalization;
using System.Text.Json;
using Arshjul.Site.Diagnostics;

namespace Arshjul.Site.Exchange.Import;

/// <summary>
/// Reads a c3voc <c>schedule.json</c> (as pretalx and frab export it, and as Arshjul writes it) into an
/// <see cref="ExchangeSchedule"/>: links made absolute against the schedule's base_url, persons by
/// <c>name</c> or the older <c>public_name</c>. Throws <see cref="ScheduleProblem"/> with a place when it cannot.
/// </summary>
public static class C3vocJsonReader
{
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 64, CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    public static ExchangeSchedule Read(string text)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, Options);
        }
        catch (JsonException e)
        {
            throw new ScheduleProblem($"This is not JSON: {FirstSentence(e.Message)}", (int)(e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0) + 1, DiagnosticCodes.ScheduleUnreadable);
        }

        using (document)
        {
            var schedule = Member(document.RootElement, "schedule", "the file");
            var baseUrl = ExchangeUrls.Base(Text(schedule, "base_url"));
            var conference = Member(schedule, "conference", "schedule");
            var days = new List<ExchangeDay>();
            var rooms = new List<ExchangeRoom>();
            if (conference.TryGetProperty("rooms", out var roomList) && roomList.ValueKind == JsonValueKind.Array)
            {
                foreach (var room in roomList.EnumerateArray())
                {
                    if (Text(room, "name") is { } name) rooms.Add(new ExchangeRoom(name, GuidOf(room) ?? Guid.Empty));
                }
            }

            var tracks = new List<ExchangeTrack>();
            if (conference.TryGetProperty("tracks", out var trackList) && trackList.ValueKind == JsonValueKind.Array)
            {
                foreach (var track in trackList.EnumerateArray())
                {
                    if (Text(track, "name") is { } name) tracks.Add(new ExchangeTrack(name, Text(track, "color")));
                }
            }

            var dayList = Member(conference, "days", "schedule.conference");
            var dayNumber = 0;
            foreach (var day in dayList.EnumerateArray())
            {
                dayNumber++;
                var where = $"schedule.conference.days[{dayNumber - 1}]";
                var date = DateOnly.TryParse(Text(day, "date"), CultureInfo.InvariantCulture, out var d) ? d : throw new ScheduleProblem($"{where} has no 'date' (yyyy-mm-dd).");
                var talks = new List<ExchangeTalk>();
                if (day.TryGetProperty("rooms", out var dayRooms) && dayRooms.ValueKind == JsonValueKind.Object)
                {
                    foreach (var room in dayRooms.EnumerateObject())
                    {
                        if (room.Value.ValueKind != JsonValueKind.Array) continue;
                        var index = 0;
                        foreach (var talk in room.Value.EnumerateArray()) talks.Add(Talk(talk, room.Name, baseUrl, $"{where}.rooms[\"{room.Name}\"][{index++}]"));
                    }
                }

                days.Add(new ExchangeDay(
                    day.TryGetProperty("index", out var i) && i.TryGetInt32(out var n) ? n : dayNumber,
                    date,
                    ExchangeText.ParseInstant(Text(day, "day_start")) ?? new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
                    ExchangeText.ParseInstant(Text(day, "day_end")) ?? new DateTimeOffset(date.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
                    talks));
            }

            foreach (var name in days.SelectMany(d => d.Talks).Select(t => t.Room).Distinct(StringComparer.Ordinal).ToList())
            {
                if (rooms.All(r => r.Name != name)) rooms.Add(new ExchangeRoom(name, Guid.Empty));
            }

            var start = DateOnly.TryParse(Text(conference, "start")?[..Math.Min(10, Text(conference, "start")!.Length)], CultureInfo.InvariantCulture, out var s) ? s : days.Count > 0 ? days[0].Date : throw new ScheduleProblem("schedule.conference has no 'start' and no days.");
            var end = DateOnly.TryParse(Text(conference, "end")?[..Math.Min(10, Text(conference, "end")!.Length)], CultureInfo.InvariantCulture, out var e2) ? e2 : days.Count > 0 ? days[^1].Date : start;
            return new ExchangeSchedule(
                Text(conference, "title") ?? throw new ScheduleProblem("schedule.conference has no 'title'."),
                Text(conference, "acronym") ?? "",
                Text(conference, "url"),
                baseUrl?.AbsoluteUri,
                Text(conference, "time_zone_name"),
                start,
                end,
                rooms,
                tracks,
                days)
            { Version = Text(schedule, "version") ?? "" };
        }
    }

    private static ExchangeTalk Talk(JsonElement talk, string roomName, Uri? baseUrl, string where)
    {
        if (talk.ValueKind != JsonValueKind.Object) throw new ScheduleProblem($"{where} is not an object.");
        var title = Text(talk, "title") ?? throw new ScheduleProblem($"{where} has no 'title'.");
        var start = ExchangeText.ParseInstant(Text(talk, "date")) ?? throw new ScheduleProblem($"{where} ('{title}') has no 'date' with a time and an offset (2024-03-08T09:30:00+01:00).");
        var duration = ExchangeText.ParseDuration(Text(talk, "duration"))
            ?? (ExchangeText.ParseInstant(Text(talk, "end")) is { } end ? end - start : throw new ScheduleProblem($"{where} ('{title}') has no 'duration' (hh:mm)."));
        var persons = new List<ExchangePerson>();
        if (talk.TryGetProperty("persons", out var personList) && personList.ValueKind == JsonValueKind.Array)
        {
            foreach (var person in personList.EnumerateArray())
            {
                var name = Text(person, "name") ?? Text(person, "public_name");
                if (name is null) continue;
                persons.Add(new ExchangePerson(name, GuidOf(person) ?? CodeGuid(Text(person, "code")), ExchangeUrls.Absolute(Text(person, "url"), baseUrl), Text(person, "biography")));
            }
        }

        var doNotRecord = talk.TryGetProperty("do_not_record", out var dnr) && dnr.ValueKind == JsonValueKind.True;
        var licence = Text(talk, "recording_license");
        return TalkFields.Talk(
            name => Text(talk, name),
            Text(talk, "guid"),
            talk.TryGetProperty("id", out var id) && id.TryGetInt32(out var number) ? number : 0,
            roomName,
            title,
            start,
            duration,
            baseUrl,
            persons,
            References(talk, "links", baseUrl),
            References(talk, "attachments", baseUrl),
            doNotRecord || licence is not null ? new ExchangeRecording(licence, doNotRecord, null) : null);
    }

    private static List<ExchangeLink> References(JsonElement talk, string name, Uri? baseUrl)
    {
        var links = new List<ExchangeLink>();
        if (!talk.TryGetProperty(name, out var list) || list.ValueKind != JsonValueKind.Array) return links;
        foreach (var link in list.EnumerateArray())
        {
            if (link.ValueKind != JsonValueKind.Object) continue;
            var written = Text(link, "url");
            if (written is null) continue;
            // A link that cannot be made absolute keeps what was written, so the importer can say it left it out.
            links.Add(new ExchangeLink(Text(link, "title") ?? written, ExchangeUrls.Absolute(written, baseUrl) ?? written, Text(link, "type")));
        }

        return links;
    }

    private static JsonElement Member(JsonElement element, string name, string where) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind is JsonValueKind.Object or JsonValueKind.Array
            ? value
            : throw new ScheduleProblem($"{where} has no '{name}': is this a c3voc/pretalx schedule.json?");

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString())
            ? value.GetString()!.Trim()
            : null;

    private static Guid? GuidOf(JsonElement element) => Guid.TryParse(Text(element, "guid"), out var guid) ? guid : null;

    // pretalx gives speakers a code rather than a guid: a stable id from it tells two speakers of one name apart.
    private static Guid? CodeGuid(string? code) => code is null ? null : NameBasedUuid.Of("pretalx-speaker:" + code);

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" LineNumber", StringComparison.Ordinal);
        return cut > 0 ? message[..cut].TrimEnd() : message;
    }
}
