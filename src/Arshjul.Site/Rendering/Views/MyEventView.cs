using Arshjul.Site.Rendering.Templates;

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

    /// <summary>Whether the event has an item with a calendar file.</summary>
    public bool HasItems { get; init; }

    /// <summary>Every item of the event with a calendar file, in programme order (made when first asked for).</summary>
    public IReadOnlyList<MyItemView> Items => field ??= MakeItems();

    /// <summary>The items' entries as partials/my-items.html renders them, made once per event and language (<see cref="EventFragments"/>).</summary>
    public TrustedHtml ItemsHtml => field ??= MakeItemsHtml();

    // Set by the page planner, which makes them from the event.
    internal Func<IReadOnlyList<MyItemView>> MakeItems { get; init; } = () => throw new InvalidOperationException("The event's items were not given.");

    internal Func<TrustedHtml> MakeItemsHtml { get; init; } = () => throw new InvalidOperationException("The event's entries were not given.");
}
