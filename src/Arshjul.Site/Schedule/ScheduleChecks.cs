using System.Globalization;
using Arshjul.Site.Diagnostics;
using Arshjul.Site.Model;

namespace Arshjul.Site.Schedule;

/// <summary>
/// Warnings about a programme that cannot happen as written: double-booked rooms and people,
/// items outside their event's dates or their parent's time. Each names both items, at the later one.
/// </summary>
internal static class ScheduleChecks
{
    public static void Run(SiteModel model, DiagnosticBag diagnostics)
    {
        foreach (var ev in model.Events)
        {
            CheckRooms(ev.Items, diagnostics);
            CheckEventDates(ev, diagnostics);
            foreach (var item in ev.AllItems) CheckParent(item, diagnostics);
        }

        foreach (var person in model.People.Values.OrderBy(p => p.Slug, StringComparer.Ordinal)) CheckPerson(person, diagnostics);
    }

    // Rooms are checked within one group of siblings: nested items run inside their parent, not beside it.
    private static void CheckRooms(List<ProgrammeItem> siblings, DiagnosticBag diagnostics)
    {
        var inRooms = siblings.Where(i => i.Room is not null && IsBooked(i)).ToList();
        for (var j = 0; j < inRooms.Count; j++)
        {
            for (var i = 0; i < j; i++)
            {
                var (first, later) = (inRooms[i], inRooms[j]);
                if (first.Room != later.Room || !Overlap(first, later)) continue;
                diagnostics.Warning(DiagnosticCodes.RoomOverlap, later.Location,
                    $"{Describe(later)} overlaps {Describe(first)} in room {SafeText.Quote(later.Room)} on {DateOf(later)}.");
            }
        }

        foreach (var item in siblings) CheckRooms(item.Children, diagnostics);
    }

    private static void CheckPerson(Person person, DiagnosticBag diagnostics)
    {
        var items = person.Items.Where(IsBooked).ToList();
        for (var j = 0; j < items.Count; j++)
        {
            for (var i = 0; i < j; i++)
            {
                var (first, later) = (items[i], items[j]);
                if (IsAncestor(first, later) || IsAncestor(later, first) || !Overlap(first, later)) continue;
                var elsewhere = first.Event == later.Event ? "" : $" at {SafeText.Quote(first.Event.Text.Source.Value.Title)}";
                diagnostics.Warning(DiagnosticCodes.SpeakerOverlap, later.Location,
                    $"{person.Name} ({person.Slug}) is in two places at once on {DateOf(later)}: {Describe(later)} and {Describe(first)}{elsewhere}.");
            }
        }
    }

    // Nested items with their own time are checked by CheckParent; the rest are on their parent's day.
    private static void CheckEventDates(Event ev, DiagnosticBag diagnostics)
    {
        foreach (var item in ev.AllItems.Where(i => i.Parent?.ProgrammeDate is null))
        {
            if (item.ProgrammeDate is not { } date || (date >= ev.StartDate && date <= ev.EndDate)) continue;
            var dates = ev.StartDate == ev.EndDate
                ? $"the event's date ({Iso(ev.StartDate)})"
                : $"the event's dates ({Iso(ev.StartDate)} to {Iso(ev.EndDate)})";
            diagnostics.Warning(DiagnosticCodes.OutsideEvent, item.Location,
                $"'{Title(item)}' is on {Iso(date)}, outside {dates}.");
        }
    }

    private static void CheckParent(ProgrammeItem item, DiagnosticBag diagnostics)
    {
        if (item.Parent is not { Start: { } parentStart } parent || !ItemTimes.HasOwnTime(item)) return;
        var start = item.Start!.Value;
        var outside = start < parentStart || (parent.End is { } parentEnd && (start >= parentEnd || item.End > parentEnd));
        if (!outside) return;
        diagnostics.Warning(DiagnosticCodes.OutsideParent, item.Location,
            $"{Describe(item)} is outside the time of its parent {Describe(parent)}.");
    }

    private static bool IsBooked(ProgrammeItem item) => item.Start is not null && item.EffectiveStatus != Status.Cancelled;

    // An item without an end is taken as a moment: it clashes with what is on at that moment.
    private static bool Overlap(ProgrammeItem a, ProgrammeItem b)
    {
        var (aStart, bStart) = (a.Start!.Value, b.Start!.Value);
        if (aStart == bStart) return true;
        var (aEnd, bEnd) = (a.End ?? aStart, b.End ?? bStart);
        return aStart < bEnd && bStart < aEnd;
    }

    private static bool IsAncestor(ProgrammeItem candidate, ProgrammeItem item)
    {
        for (var p = item.Parent; p is not null; p = p.Parent)
        {
            if (p == candidate) return true;
        }

        return false;
    }

    private static string Title(ProgrammeItem item) => SafeText.Excerpt(item.Text.Source.Value.Title);

    /// <summary>'Title' (10:00–10:45), or 'Title' (10:00) for an item without an end.</summary>
    private static string Describe(ProgrammeItem item) =>
        $"'{Title(item)}' ({Time(item.Start!.Value)}{(item.End is { } end ? "–" + Time(end) : "")})";

    private static string DateOf(ProgrammeItem item) => Iso(DateOnly.FromDateTime(item.Start!.Value));

    private static string Time(DateTime value) => value.ToString("HH:mm", CultureInfo.InvariantCulture);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
