namespace Arshjul.Site.Exchange;

/// <summary>One timed item of the programme, as both exchange formats carry it.</summary>
/// <param name="Guid">Stable across exports (from the item's calendar UID) and what a re-import recognises the item by.</param>
/// <param name="Id">A positive number unique in the schedule (both formats require one; derived from the guid).</param>
/// <param name="Start">The start with its offset.</param>
/// <param name="Duration">Zero when the item has no end.</param>
/// <param name="Slug">Unique in the schedule: lower-case letters, digits and '-'.</param>
/// <param name="Url">The item's page (or its event's), absolute.</param>
/// <param name="Type">What kind of item it is ("talk", "workshop", "lunch"…).</param>
/// <param name="Abstract">A line or two (the content model's summary).</param>
/// <param name="Description">The long text, plain.</param>
/// <param name="Attachments">Files such as slides (the content model's materials), absolute URLs.</param>
public sealed record ExchangeTalk(
    Guid Guid,
    int Id,
    DateTimeOffset Start,
    TimeSpan Duration,
    string Room,
    string Slug,
    string? Url,
    string Title,
    string? Subtitle,
    string? Track,
    string Type,
    string? Language,
    string? Abstract,
    string? Description,
    IReadOnlyList<ExchangePerson> Persons,
    IReadOnlyList<ExchangeLink> Links,
    IReadOnlyList<ExchangeLink> Attachments,
    ExchangeRecording? Recording)
{
    /// <summary>
    /// The guid a schedule gives a talk; for one that gives none (or no valid one), a name-based id of its room,
    /// start and title, so importing the same schedule twice still finds the same talk.
    /// </summary>
    public static Guid GuidOf(string? written, string room, DateTimeOffset start, string title) =>
        System.Guid.TryParse(written, out var guid) ? guid : NameBasedUuid.Of($"{room}/{start:O}/{title}");
}
