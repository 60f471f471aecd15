namespace Arshjul.Site.Rendering.Views;

/// <summary>
/// The "my programme" page (/&lt;lang&gt;/my/): every item that has a calendar file, in the page's language, for
/// js/stars.js to pick the reader's starred ones from; and each event's programme calendar, for readers without scripts.
/// </summary>
public sealed record MyProgrammeView
{
    /// <summary>The right-hand side of every item UID ("example.org"): a shared selection carries the UIDs without it.</summary>
    public required string Host { get; init; }

    /// <summary>Every event, with its items that have a calendar file (as few bytes each as will do: a congress has thousands).</summary>
    public IReadOnlyList<MyEventView> Events { get; init; } = [];

    /// <summary>The events that have a programme calendar.</summary>
    public IReadOnlyList<MyEventView> Calendars => Events.Where(e => e.CalendarUrl is not null).ToList();
}
