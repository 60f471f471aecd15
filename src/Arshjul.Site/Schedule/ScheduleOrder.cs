using Arshjul.Site.Model;

namespace Arshjul.Site.Schedule;

/// <summary>The order of a programme: by day and time, parallel items by lane, untimed items last.</summary>
internal static class ScheduleOrder
{
    /// <summary>A person's items: by start (untimed last), then event slug, then id.</summary>
    public static readonly IComparer<ProgrammeItem> AcrossEvents = Comparer<ProgrammeItem>.Create((a, b) =>
    {
        var byStart = (a.Start is null).CompareTo(b.Start is null);
        if (byStart == 0) byStart = Nullable.Compare(a.Start, b.Start);
        if (byStart == 0) byStart = string.CompareOrdinal(a.Event.Slug, b.Event.Slug);
        return byStart != 0 ? byStart : string.CompareOrdinal(a.Id, b.Id);
    });

    /// <summary>Sorts the event's top-level items, and nested items that all have a time of their own.</summary>
    public static void Sort(Event ev)
    {
        var written = ev.Items.ToList();
        var laneRank = Lanes(written, ev.DeclaredLanes).Select((lane, index) => (lane, index)).ToDictionary(p => p.lane, p => p.index, StringComparer.Ordinal);
        var sorted = written
            .Select((item, index) => (item, index))
            .OrderBy(p => p.item.Start is null)
            .ThenBy(p => p.item.ProgrammeDate)
            .ThenBy(p => p.item.Start)
            .ThenBy(p => p.item.Lane is { } lane ? laneRank[lane] : -1)
            .ThenBy(p => p.index)
            .Select(p => p.item)
            .ToList();
        ev.Items.Clear();
        ev.Items.AddRange(sorted);
        foreach (var item in ev.Items) SortChildren(item);
    }

    /// <summary>
    /// The distinct lanes (rooms, else tracks) of top-level items in first-appearance order: by the
    /// time a lane is first used. Lanes first used at the same time keep the order they were written
    /// in the inline schedule; session files have no meaningful written order, so theirs go by name.
    /// Lanes the event declares (its 'rooms', then 'tracks') come first, in the order declared.
    /// </summary>
    public static IReadOnlyList<string> Lanes(IReadOnlyList<ProgrammeItem> itemsAsWritten, IReadOnlyList<string> declared)
    {
        var timed = itemsAsWritten
            .Select((item, index) => (item, index))
            .Where(p => p.item.Lane is not null && p.item.Start is not null)
            .GroupBy(p => p.item.Lane!, StringComparer.Ordinal)
            .Select(g =>
            {
                var first = g.Min(p => p.item.Start!.Value);
                var inlineIndex = g.Where(p => p.item.Start == first && !p.item.IsFile).Select(p => (int?)p.index).Min();
                return (Lane: g.Key, First: first, InlineIndex: inlineIndex ?? int.MaxValue);
            })
            .OrderBy(l => l.First)
            .ThenBy(l => l.InlineIndex)
            .ThenBy(l => l.Lane, StringComparer.Ordinal)
            .Select(l => l.Lane)
            .ToList();
        var untimed = itemsAsWritten.Where(i => i.Lane is not null && i.Start is null).Select(i => i.Lane!);
        var used = timed.Concat(untimed).Distinct(StringComparer.Ordinal).ToList();
        return declared.Where(used.Contains).Concat(used.Where(l => !declared.Contains(l))).ToList();
    }

    // Nested items keep the order they were written in, unless every one has its own time.
    private static void SortChildren(ProgrammeItem item)
    {
        if (item.Children.Count > 1 && item.Children.All(ItemTimes.HasOwnTime))
        {
            var sorted = item.Children.OrderBy(c => c.Start).ToList();
            item.Children.Clear();
            item.Children.AddRange(sorted);
        }

        foreach (var child in item.Children) SortChildren(child);
    }
}
