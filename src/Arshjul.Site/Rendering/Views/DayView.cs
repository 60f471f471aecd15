namespace Arshjul.Site.Rendering.Views;

/// <summary>One programme day with its heading text ("mandag 25. september 2017").</summary>
public sealed record DayView(string Id, string DateText, string DateIso, IReadOnlyList<SlotView> Slots)
{
    /// <summary>The day's own calendar file, or null when there is none (a one-day programme has programme.ics).</summary>
    public GroupCalendarView? Calendar { get; init; }
}
