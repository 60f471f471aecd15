using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using Arshjul.Site.Diagnostics;

namespace Arshjul.Site.Exchange.Import;

/// <summary>
/// Reads a frab <c>schedule.xml</c> (frab, pretalx, Arshjul) into an <see cref="ExchangeSchedule"/>, with links
/// made absolute against the conference's base_url. No DTDs (no entity tricks); a problem comes with its line.
/// </summary>
public static partial class FrabXmlReader
{
    public static ExchangeSchedule Read(string text)
    {
        XDocument document;
        try
        {
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
            using var reader = XmlReader.Create(new StringReader(text), settings);
            document = XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            throw new ScheduleProblem($"This is not well-formed XML: {Position().Replace(e.Message, "")}", Math.Max(e.LineNumber, 1), Math.Max(e.LinePosition, 1), DiagnosticCodes.ScheduleUnreadable);
        }

        var root = document.Root!;
        if (root.Name.LocalName != "schedule") throw Problem(root, $"The root element is <{root.Name.LocalName}>, not <schedule>: is this a frab schedule.xml?");
        var conference = root.Element("conference") ?? throw Problem(root, "<schedule> has no <conference>.");
        var baseUrl = ExchangeUrls.Base(Text(conference, "base_url"));
        var tracks = conference.Elements("track")
            .Select(t => (Name: (string?)t.Attribute("name") ?? t.Value.Trim(), Colour: (string?)t.Attribute("color")))
            .Where(t => t.Name.Length > 0)
            .Select(t => new ExchangeTrack(t.Name, t.Colour))
            .ToList();
        var rooms = new List<ExchangeRoom>();
        var days = new List<ExchangeDay>();
        var number = 0;
        foreach (var day in root.Elements("day"))
        {
            number++;
            var date = DateOnly.TryParse((string?)day.Attribute("date"), CultureInfo.InvariantCulture, out var d) ? d
                : ExchangeText.ParseInstant((string?)day.Attribute("start")) is { } dayStart ? DateOnly.FromDateTime(dayStart.DateTime)
                : throw Problem(day, "<day> has neither a 'date' nor a 'start'.");
            var talks = new List<ExchangeTalk>();
            foreach (var room in day.Elements("room"))
            {
                var name = (string?)room.Attribute("name") ?? throw Problem(room, "<room> has no 'name'.");
                if (rooms.All(r => r.Name != name)) rooms.Add(new ExchangeRoom(name, Guid.TryParse((string?)room.Attribute("guid"), out var g) ? g : Guid.Empty));
                foreach (var talk in room.Elements("event")) talks.Add(Talk(talk, name, baseUrl));
            }

            days.Add(new ExchangeDay(
                int.TryParse((string?)day.Attribute("index"), NumberStyles.None, CultureInfo.InvariantCulture, out var index) ? index : number,
                date,
                ExchangeText.ParseInstant((string?)day.Attribute("start")) ?? new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
                ExchangeText.ParseInstant((string?)day.Attribute("end")) ?? new DateTimeOffset(date.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
                talks));
        }

        if (days.Count == 0) throw Problem(root, "<schedule> has no <day>.");
        return new ExchangeSchedule(
            Text(conference, "title") ?? throw Problem(conference, "<conference> has no <title>."),
            Text(conference, "acronym") ?? "",
            Text(conference, "url"),
            baseUrl?.AbsoluteUri,
            Text(conference, "time_zone_name"),
            DateOnly.TryParse(Text(conference, "start")?[..10], CultureInfo.InvariantCulture, out var start) ? start : days[0].Date,
            DateOnly.TryParse(Text(conference, "end")?[..10], CultureInfo.InvariantCulture, out var end) ? end : days[^1].Date,
            rooms,
            tracks,
            days)
        { Version = Text(root, "version") ?? "" };
    }

    private static ExchangeTalk Talk(XElement talk, string roomName, Uri? baseUrl)
    {
        var title = Text(talk, "title") ?? throw Problem(talk, "<event> has no <title>.");
        var start = ExchangeText.ParseInstant(Text(talk, "date"))
            ?? throw Problem(talk, $"<event> '{title}' has no <date> with a time and an offset (2024-03-08T09:30:00+01:00).");
        var duration = ExchangeText.ParseDuration(Text(talk, "duration")) ?? throw Problem(talk, $"<event> '{title}' has no <duration> (hh:mm).");
        var persons = (talk.Element("persons")?.Elements("person") ?? [])
            .Where(p => p.Value.Trim().Length > 0)
            .Select(p => new ExchangePerson(
                p.Value.Trim(),
                Guid.TryParse((string?)p.Attribute("guid"), out var g) ? g : (string?)p.Attribute("id") is { } id ? NameBasedUuid.Of("frab-person:" + id) : null))
            .ToList();
        var recording = talk.Element("recording") is { } r
            ? new ExchangeRecording(Text(r, "license"), string.Equals(Text(r, "optout"), "true", StringComparison.OrdinalIgnoreCase), ExchangeUrls.Absolute(Text(r, "url") ?? Text(r, "link"), baseUrl))
            : null;
        return TalkFields.Talk(
            name => Text(talk, name),
            (string?)talk.Attribute("guid"),
            int.TryParse((string?)talk.Attribute("id"), NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : 0,
            roomName,
            title,
            start,
            duration,
            baseUrl,
            persons,
            References(talk.Element("links"), "link", baseUrl),
            References(talk.Element("attachments"), "attachment", baseUrl),
            recording);
    }

    private static List<ExchangeLink> References(XElement? list, string name, Uri? baseUrl) =>
        (list?.Elements(name) ?? [])
            .Where(l => !string.IsNullOrWhiteSpace((string?)l.Attribute("href")))
            .Select(l =>
            {
                var written = ((string)l.Attribute("href")!).Trim();
                var title = l.Value.Trim();
                return new ExchangeLink(title.Length > 0 ? title : written, ExchangeUrls.Absolute(written, baseUrl) ?? written, (string?)l.Attribute("type"));
            })
            .ToList();

    private static string? Text(XElement parent, string name) =>
        parent.Element(name)?.Value.Trim() is { Length: > 0 } value ? value : null;

    private static ScheduleProblem Problem(XElement element, string message)
    {
        var info = (IXmlLineInfo)element;
        return new ScheduleProblem(message, info.HasLineInfo() ? info.LineNumber : 1, info.HasLineInfo() ? info.LinePosition : 1);
    }

    // XmlException's message ends in "Line 5, position 1.": the diagnostic gives the place, so the words say it once.
    [GeneratedRegex(@"\s*Line \d+, position \d+\.$")]
    private static partial Regex Position();
}
