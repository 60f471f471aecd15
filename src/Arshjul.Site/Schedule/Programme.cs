using Arshjul.Site.Model;

namespace Arshjul.Site.Schedule;

/// <summary>
/// An event's programme as templates lay it out: day by day, each day in slots of items that start
/// together, plus the items whose time is still to be announced. Built from a scheduled event.
/// </summary>
/// <param name="Days">Programme days that have items, in date order (days without items are left out).</param>
/// <param name="Unscheduled">Top-level items without a time ("time to be announced"), as written.</param>
/// <param name="Lanes">The event's rooms (else tracks) in first-appearance order; empty when nothing runs in parallel lanes.</param>
public sealed record Programme(IReadOnlyList<ProgrammeDay> Days, IReadOnlyList<ProgrammeItem> Unscheduled, IReadOnlyList<string> Lanes)
{
    public bool IsEmpty => Days.Count == 0 && Unscheduled.Count == 0;

    /// <summary>The programme of an event whose items <see cref="ScheduleBuilder.Resolve"/> has scheduled.</summary>
    public static Programme For(Event ev)
    {
        var days = ev.Items
            .Where(i => i.Start is not null && i.ProgrammeDate is not null)
            .GroupBy(i => i.ProgrammeDate!.Value)
            .OrderBy(g => g.Key)
            .Select(g => new ProgrammeDay(
                g.Key,
                g.Key.DayNumber - ev.StartDate.DayNumber + 1,
                g.GroupBy(i => i.Start!.Value).OrderBy(s => s.Key).Select(s => new ProgrammeSlot(s.Key, s.ToList())).ToList()))
            .ToList();
        var unscheduled = ev.Items.Where(i => i.Start is null).ToList();
        var lanes = ScheduleOrder.Lanes(ev.Items, ev.DeclaredLanes)
            .Concat(ev.AllItems.Where(i => i.Parent is not null && i.Lane is not null).Select(i => i.Lane!))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return new Programme(days, unscheduled, lanes);
    }
}
