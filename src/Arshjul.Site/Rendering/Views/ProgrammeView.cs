namespace Arshjul.Site.Rendering.Views;

/// <summary>An event's programme, day by day, plus items whose time is not yet known.</summary>
public sealed record ProgrammeView(IReadOnlyList<DayView> Days, IReadOnlyList<ItemView> Unscheduled, IReadOnlyList<string> Lanes)
{
    public bool IsEmpty => Days.Count == 0 && Unscheduled.Count == 0;

    public bool HasParallel => Days.Any(d => d.Slots.Any(s => s.IsParallel));
}
