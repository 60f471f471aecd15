namespace Arshjul.Site.Rendering.Views;

/// <summary>One programme day with its heading text ("mandag 25. september 2017").</summary>
public sealed record DayView(string Id, string DateText, string DateIso, IReadOnlyList<SlotView> Slots)
{
    /// <summary>The day's own calendar file, or null when there is none (a one-day programme has programme.ics).</summary>
    public GroupCalendarView? Calendar { get; init; }

    /// <summary>
    /// The rooms (else tracks) the day's room × time grid has a column for, in the programme's order;
    /// empty when the day has nothing in parallel, so it stays a plain list at every width.
    /// </summary>
    public IReadOnlyList<string> Lanes { get; init; } = [];
}
