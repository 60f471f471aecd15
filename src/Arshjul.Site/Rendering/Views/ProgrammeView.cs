namespace Arshjul.Site.Rendering.Views;

/// <summary>An event's programme, day by day, plus items whose time is not yet known.</summary>
/// <param name="Days">The days this page shows: all of them, or on a split programme none on the event page and one on a day page.</param>
/// <param name="DayLinks">Every day of the programme, for the day navigation (empty for a one-day programme).</param>
/// <param name="IsSplit">True when each day has its own page.</param>
public sealed record ProgrammeView(IReadOnlyList<DayView> Days, IReadOnlyList<ItemView> Unscheduled, IReadOnlyList<string> Lanes)
{
    public IReadOnlyList<DayLinkView> DayLinks { get; init; } = [];

    public bool IsSplit { get; init; }

    /// <summary>True on the event page of a programme split by day: it lists no items, and its day links come first.</summary>
    public bool DaysFirst => IsSplit && Days.Count == 0;

    /// <summary>The filters' choices over the whole programme (every day), in the declared or first-seen order.</summary>
    public IReadOnlyList<FilterOptionView> Rooms { get; init; } = [];

    public IReadOnlyList<FilterOptionView> Tracks { get; init; } = [];

    public IReadOnlyList<FilterOptionView> Kinds { get; init; } = [];

    public IReadOnlyList<FilterOptionView> Languages { get; init; } = [];

    public bool IsEmpty => Days.Count == 0 && Unscheduled.Count == 0 && DayLinks.Count == 0;

    public bool HasParallel => Days.Any(d => d.Slots.Any(s => s.IsParallel));
}
