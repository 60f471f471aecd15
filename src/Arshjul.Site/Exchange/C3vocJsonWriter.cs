using System.Text.Encodings.Web;
using System.Text.Json;

namespace Arshjul.Site.Exchange;

/// <summary>
/// c3voc's <c>schedule.json</c> (the JSON Schema in the c3voc schedule tools, as pretalx exports it): the
/// conference with its rooms and tracks, then each day with its rooms in order and their events. Deterministic
/// bytes (UTF-8, "\n", indented, fixed key order); the JSON writer escapes quotes, backslashes and control
/// characters in every user text.
/// </summary>
public static class C3vocJsonWriter
{
    public const string SchemaUrl = "https://c3voc.de/schedule/schema.json";

    // The relaxed encoder writes '+', '&', '<', '>' and "'" as they are (the default writes "+01:00" as "\u002B01:00"):
    // schedule.json is its own application/json file, read by schedule apps and never put into an HTML page (JSON-LD
    // in pages has its own escaping), so HTML-sensitive characters need no escape. Quotes, backslashes and control
    // characters are still escaped, so the JSON stays valid, and the output stays the same bytes for the same schedule.
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static byte[] Write(ExchangeSchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("$schema", SchemaUrl);
            json.WriteStartObject("generator");
            json.WriteString("name", "arshjul");
            json.WriteEndObject();
            json.WriteStartObject("schedule");
            json.WriteString("version", schedule.Version);
            if (schedule.BaseUrl is { } baseUrl) json.WriteString("base_url", baseUrl);
            Conference(json, schedule);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    private static void Conference(Utf8JsonWriter json, ExchangeSchedule schedule)
    {
        json.WriteStartObject("conference");
        json.WriteString("acronym", schedule.Acronym);
        json.WriteString("title", schedule.Title);
        json.WriteString("start", ExchangeText.Date(schedule.Start));
        json.WriteString("end", ExchangeText.Date(schedule.End));
        json.WriteNumber("daysCount", schedule.DayCount);
        json.WriteString("timeslot_duration", "00:05");
        if (schedule.TimeZone is { } zone) json.WriteString("time_zone_name", zone);
        if (schedule.Url is { } url) json.WriteString("url", url);
        json.WriteStartArray("tracks");
        foreach (var track in schedule.Tracks)
        {
            json.WriteStartObject();
            json.WriteString("name", track.Name);
            if (ExchangeColours.Hex(track.Colour) is { } colour) json.WriteString("color", colour);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("rooms");
        foreach (var room in schedule.Rooms)
        {
            json.WriteStartObject();
            json.WriteString("name", room.Name);
            json.WriteString("guid", room.Guid.ToString("D"));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("days");
        foreach (var day in schedule.Days) Day(json, schedule, day);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Day(Utf8JsonWriter json, ExchangeSchedule schedule, ExchangeDay day)
    {
        json.WriteStartObject();
        json.WriteNumber("index", day.Index);
        json.WriteString("date", ExchangeText.Date(day.Date));
        json.WriteString("day_start", ExchangeText.DateTime(day.Start));
        json.WriteString("day_end", ExchangeText.DateTime(day.End));
        json.WriteStartObject("rooms");
        foreach (var (room, talks) in schedule.RoomsOn(day))
        {
            json.WriteStartArray(room.Name);
            foreach (var talk in talks) Talk(json, talk);
            json.WriteEndArray();
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void Talk(Utf8JsonWriter json, ExchangeTalk talk)
    {
        json.WriteStartObject();
        json.WriteString("guid", talk.Guid.ToString("D"));
        json.WriteNumber("id", talk.Id);
        json.WriteString("date", ExchangeText.DateTime(talk.Start));
        json.WriteString("start", ExchangeText.Time(talk.Start));
        json.WriteString("duration", ExchangeText.Duration(talk.Duration));
        if (talk.Duration > TimeSpan.Zero) json.WriteString("end", ExchangeText.DateTime(talk.Start + talk.Duration));
        json.WriteString("room", talk.Room);
        json.WriteString("slug", talk.Slug);
        json.WriteString("url", talk.Url);
        json.WriteString("title", talk.Title);
        json.WriteString("subtitle", talk.Subtitle);
        json.WriteString("track", talk.Track);
        json.WriteString("type", talk.Type);
        json.WriteString("language", talk.Language);
        json.WriteString("abstract", talk.Abstract);
        json.WriteString("description", talk.Description);
        if (talk.Recording is { } recording)
        {
            if (recording.Licence is { } licence) json.WriteString("recording_license", licence);
            json.WriteBoolean("do_not_record", recording.OptOut);
        }

        json.WriteStartArray("persons");
        foreach (var person in talk.Persons)
        {
            json.WriteStartObject();
            json.WriteString("name", person.Name);
            if (person.Guid is { } guid) json.WriteString("guid", guid.ToString("D"));
            if (person.Url is { } url) json.WriteString("url", url);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        References(json, "links", talk.Links);
        References(json, "attachments", talk.Attachments);
        json.WriteEndObject();
    }

    private static void References(Utf8JsonWriter json, string name, IReadOnlyList<ExchangeLink> links)
    {
        json.WriteStartArray(name);
        foreach (var link in links)
        {
            json.WriteStartObject();
            if (link.Type is { } type) json.WriteString("type", type);
            json.WriteString("url", link.Url);
            json.WriteString("title", link.Title);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
