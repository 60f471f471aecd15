namespace Arshjul.Site.Rendering.Views;

/// <summary>An event on the "my programme" page: its programme calendar for readers without scripts, and its starrable items.</summary>
public sealed record MyEventView
{
    public required string Title { get; init; }

    /// <summary>The language of the title (differs from the page's when the event is not translated).</summary>
    public required string ContentLang { get; init; }

    public required string DateText { get; init; }

    public required string Url { get; init; }

    /// <summary>The event's programme.ics, or null when it has none.</summary>
    public string? CalendarUrl { get; init; }

    /// <summary>Every item of the event with a calendar file, in programme order.</summary>
    public IReadOnlyList<MyItemView> Items { get; init; } = [];
}
