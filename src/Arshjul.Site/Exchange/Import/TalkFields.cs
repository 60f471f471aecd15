namespace Arshjul.Site.Exchange.Import;

/// <summary>
/// The talk fields that frab XML (child elements) and c3voc JSON (members) name alike: both readers build their
/// talks here, so each field is defaulted and made absolute the same way whichever format it came in. What the
/// formats write differently (guid, id, persons, links, recording) and what must be there (title, date,
/// duration, each with the reader's own message) the reader passes in.
/// </summary>
internal static class TalkFields
{
    /// <param name="text">A field's trimmed text by its name; null when it is missing or blank.</param>
    /// <param name="writtenGuid">The guid as the schedule writes it (frab: an attribute, c3voc: a member).</param>
    /// <param name="roomName">The room the talk is listed under, for a talk that names none itself.</param>
    public static ExchangeTalk Talk(
        Func<string, string?> text,
        string? writtenGuid,
        int id,
        string roomName,
        string title,
        DateTimeOffset start,
        TimeSpan duration,
        Uri? baseUrl,
        IReadOnlyList<ExchangePerson> persons,
        IReadOnlyList<ExchangeLink> links,
        IReadOnlyList<ExchangeLink> attachments,
        ExchangeRecording? recording) =>
        new(
            ExchangeTalk.GuidOf(writtenGuid, roomName, start, title),
            id,
            start,
            duration,
            text("room") ?? roomName,
            text("slug") ?? "",
            ExchangeUrls.Absolute(text("url"), baseUrl),
            title,
            text("subtitle"),
            text("track"),
            text("type") ?? "",
            text("language"),
            text("abstract"),
            text("description"),
            persons,
            links,
            attachments,
            recording);
}
