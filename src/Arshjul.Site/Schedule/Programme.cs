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
    /// <summary>
    /// Programme entries (nested ones included) above which a programme of several days gets a page per
    /// day. A compact entry is about 120 px tall on a 390 px phone, so 60 entries are some ten screens:
    /// as much as one page should ask anyone to scroll. Below it the one page is easier to search.
    /// </summary>
    public const int MaxEntriesOnOnePage = 60;

    public bool IsEmpty => Days.Count == 0 && Unscheduled.Count == 0;

    /// <summary>True when the event page lists the days and each day has its own page (content model: day pages).</summary>
    public bool HasDayPages => Days.Count > 1 && EntryCount > MaxEntriesOnOnePage;

    /// <summary>Every entry the programme lists: timed and unscheduled items and everything nested in them.</summary>
    public int EntryCount => Days.Sum(d => d.Slots.Sum(s => s.Items.Sum(Count))) + Unscheduled.Sum(Count);

    private static int Count(ProgrammeItem item) => 1 + item.Children.Sum(Count);

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
