using System.Xml;
using Arshjul.Site.Rendering.Feeds;

namespace Arshjul.Site.Exchange;

/// <summary>
/// frab's <c>schedule.xml</c> (the XSD in the c3voc schedule tools): conference, then each day with its rooms in
/// order and their events. Deterministic bytes (UTF-8, "\n", fixed order); every user text is escaped by the
/// XML writer and cleaned of characters XML cannot carry.
/// </summary>
public static class FrabXmlWriter
{
    public static byte[] Write(ExchangeSchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        return FeedXml.Write(writer =>
        {
            writer.WriteStartElement("schedule");
            writer.WriteStartElement("generator");
            writer.WriteAttributeString("name", "arshjul");
            writer.WriteEndElement();
            writer.WriteElementString("version", schedule.Version);
            Conference(writer, schedule);
            foreach (var day in schedule.Days) Day(writer, schedule, day);
            writer.WriteEndElement();
        });
    }

    private static void Conference(XmlWriter writer, ExchangeSchedule schedule)
    {
        writer.WriteStartElement("conference");
        writer.WriteElementString("acronym", schedule.Acronym);
        writer.WriteElementString("title", FeedXml.Clean(schedule.Title));
        writer.WriteElementString("start", ExchangeText.Date(schedule.Start));
        writer.WriteElementString("end", ExchangeText.Date(schedule.End));
        writer.WriteElementString("days", schedule.DayCount.ToString(System.Globalization.CultureInfo.InvariantCulture));
        writer.WriteElementString("timeslot_duration", "00:05");
        if (schedule.BaseUrl is { } baseUrl) writer.WriteElementString("base_url", baseUrl);
        if (schedule.Url is { } url) writer.WriteElementString("url", url);
        if (schedule.TimeZone is { } zone) writer.WriteElementString("time_zone_name", zone);
        foreach (var track in schedule.Tracks)
        {
            writer.WriteStartElement("track");
            writer.WriteAttributeString("name", FeedXml.Clean(track.Name));
            if (ExchangeColours.Hex(track.Colour) is { } colour) writer.WriteAttributeString("color", colour);
            writer.WriteString(FeedXml.Clean(track.Name));
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    }

    private static void Day(XmlWriter writer, ExchangeSchedule schedule, ExchangeDay day)
    {
        writer.WriteStartElement("day");
        writer.WriteAttributeString("index", day.Index.ToString(System.Globalization.CultureInfo.InvariantCulture));
        writer.WriteAttributeString("date", ExchangeText.Date(day.Date));
        writer.WriteAttributeString("start", ExchangeText.DateTime(day.Start));
        writer.WriteAttributeString("end", ExchangeText.DateTime(day.End));
        foreach (var (room, talks) in schedule.RoomsOn(day))
        {
            writer.WriteStartElement("room");
            writer.WriteAttributeString("name", FeedXml.Clean(room.Name));
            writer.WriteAttributeString("guid", room.Guid.ToString("D"));
            foreach (var talk in talks) Talk(writer, talk);
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    }

    private static void Talk(XmlWriter writer, ExchangeTalk talk)
    {
        writer.WriteStartElement("event");
        writer.WriteAttributeString("guid", talk.Guid.ToString("D"));
        writer.WriteAttributeString("id", talk.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        writer.WriteElementString("date", ExchangeText.DateTime(talk.Start));
        writer.WriteElementString("start", ExchangeText.Time(talk.Start));
        writer.WriteElementString("duration", ExchangeText.Duration(talk.Duration));
        writer.WriteElementString("room", FeedXml.Clean(talk.Room));
        writer.WriteElementString("title", FeedXml.Clean(talk.Title));
        if (talk.Subtitle is { } subtitle) writer.WriteElementString("subtitle", FeedXml.Clean(subtitle));
        writer.WriteElementString("track", FeedXml.Clean(talk.Track ?? ""));
        writer.WriteElementString("type", FeedXml.Clean(talk.Type));
        if (talk.Language is { } language) writer.WriteElementString("language", language);
        writer.WriteElementString("abstract", FeedXml.Clean(talk.Abstract ?? ""));
        if (talk.Description is { } description) writer.WriteElementString("description", FeedXml.Clean(description));
        if (talk.Url is { } url) writer.WriteElementString("url", url);
        writer.WriteStartElement("persons");
        foreach (var person in talk.Persons)
        {
            writer.WriteStartElement("person");
            if (person.Guid is { } guid) writer.WriteAttributeString("guid", guid.ToString("D"));
            writer.WriteString(FeedXml.Clean(person.Name));
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
        if (talk.Recording is { } recording)
        {
            writer.WriteStartElement("recording");
            writer.WriteElementString("license", FeedXml.Clean(recording.Licence ?? ""));
            writer.WriteElementString("optout", recording.OptOut ? "true" : "false");
            if (recording.Url is { } recordingUrl && IsHttp(recordingUrl)) writer.WriteElementString("url", recordingUrl);
            writer.WriteEndElement();
        }

        References(writer, "links", "link", talk.Links);
        References(writer, "attachments", "attachment", talk.Attachments);
        writer.WriteEndElement();
    }

    private static void References(XmlWriter writer, string listName, string name, IReadOnlyList<ExchangeLink> links)
    {
        writer.WriteStartElement(listName);
        foreach (var link in links)
        {
            writer.WriteStartElement(name);
            writer.WriteAttributeString("href", link.Url);
            if (link.Type is { } type) writer.WriteAttributeString("type", type);
            writer.WriteString(FeedXml.Clean(link.Title));
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    }

    private static bool IsHttp(string url) =>
        url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
}
