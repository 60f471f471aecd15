namespace Arshjul.Site.Rendering.Views;

/// <summary>
/// The "my programme" page (/&lt;lang&gt;/my/): every item that has a calendar file, in the page's language, for
/// js/stars.js to pick the reader's starred ones from; and each event's programme calendar, for readers without scripts.
/// </summary>
public sealed record MyProgrammeView
{
    /// <summary>The right-hand side of every item UID ("example.org"): a shared selection carries the UIDs without it.</summary>
    public required string Host { get; init; }

    public IReadOnlyList<ItemView> Items { get; init; } = [];

    /// <summary>Each event's programme.ics, titled with the event and its dates.</summary>
    public IReadOnlyList<LinkView> Calendars { get; init; } = [];
}
