using System.Globalization;
using Arshjul.Site.Diagnostics;
using Arshjul.Site.Model;
using Arshjul.Site.Model.Loading;

namespace Arshjul.Site.Schedule;

/// <summary>
/// Computes <see cref="ProgrammeItem.Start"/>, <see cref="ProgrammeItem.End"/> (and which rule gave it,
/// <see cref="ProgrammeItem.EndFrom"/>) and <see cref="ProgrammeItem.ProgrammeDate"/> per the content
/// model's "Times" rules. A written time that a clock change skips or repeats is warned about; a skipped
/// one is moved past the gap, as RFC 5545 reads it (<see cref="LocalInstant"/>).
/// </summary>
internal static class ItemTimes
{
    public static void Resolve(Event ev, DiagnosticBag diagnostics) => ResolveGroup(ev, ev.Items, parent: null, diagnostics);

    /// <summary>An item that has a time of its own, rather than none or its parent's.</summary>
    public static bool HasOwnTime(ProgrammeItem item) => item.DeclaredStart is { HasTime: true } || item.Time is not null;

    // Siblings first, all starts before any end, because an end may be the next sibling's start;
    // then the children, because untimed children take their parent's finished times.
    private static void ResolveGroup(Event ev, List<ProgrammeItem> items, ProgrammeItem? parent, DiagnosticBag diagnostics)
    {
        foreach (var item in items) SetStart(ev, item, parent, diagnostics);
        foreach (var item in items) SetEnd(ev, item, items, parent, diagnostics);
        foreach (var item in items) ResolveGroup(ev, item.Children, item, diagnostics);
    }

    private static void SetStart(Event ev, ProgrammeItem item, ProgrammeItem? parent, DiagnosticBag diagnostics)
    {
        item.Start = null;
        item.End = null;
        item.EndFrom = EndSource.None;
        item.ProgrammeDate = null;
        var key = item.IsFile ? "start" : "time";
        if (item.DeclaredStart is { Time: { } startTime } declared)
        {
            item.Start = ClockChangeCheck.Check(declared.ToDateTime(), ev, key, item.StartLocation ?? item.Location, diagnostics);
            item.ProgrammeDate = startTime < ev.DayChange ? declared.Date.AddDays(-1) : declared.Date;
        }
        else if (item.Time is { } time)
        {
            // A nested entry is on its parent's programme day; 'day' counts from the event's first date.
            var day = parent?.ProgrammeDate ?? ev.StartDate.AddDays(item.Day - 1);
            var date = time < ev.DayChange ? day.AddDays(1) : day;
            item.Start = ClockChangeCheck.Check(date.ToDateTime(time), ev, key, item.StartLocation ?? item.Location, diagnostics);
            item.ProgrammeDate = day;
        }
        else if (parent is not null)
        {
            item.Start = parent.Start;
            item.ProgrammeDate = parent.ProgrammeDate;
        }
    }

    private static void SetEnd(Event ev, ProgrammeItem item, List<ProgrammeItem> siblings, ProgrammeItem? parent, DiagnosticBag diagnostics)
    {
        if (!HasOwnTime(item))
        {
            item.End = parent?.End;
            item.EndFrom = parent is null ? EndSource.None : EndSource.Parent;
            return;
        }

        var start = item.Start!.Value;
        var declared = DeclaredEnd(ev, item, start);
        if (declared is { } written) declared = ClockChangeCheck.Check(written, ev, "end", item.EndLocation ?? item.Location, diagnostics);
        if (declared is { } end && end < start)
        {
            var key = item.IsFile ? "start" : "time";
            diagnostics.Error(DiagnosticCodes.EndBeforeStart, item.EndLocation ?? item.Location,
                $"'end' ({Show(end, start)}) is before '{key}' ({Show(start, end)}).");
            item.End = null;
            return;
        }

        (item.End, item.EndFrom) = declared is not null ? (declared, EndSource.Declared)
            // A duration is counted on the clock; an end it puts in a skipped hour is read past the gap (RFC 5545).
            : item.Duration is { } duration ? (LocalInstant.OnClock(start + duration, ev.TimeZone), EndSource.Duration)
            : NextStart(item, siblings) is { } next ? (next, EndSource.NextItem)
            : parent is null && EventEnd(ev, item) is { } eventEnd ? (eventEnd, EndSource.EventEnd)
            : (null, EndSource.None);
    }

    // The last item of the event's last programme day, with no next item to end it, ends when the
    // event does, if the event's end has a time after the item's start. Nested items are left alone:
    // the event's end says nothing about when a part of an item ends.
    private static DateTime? EventEnd(Event ev, ProgrammeItem item)
    {
        if (ev.End is not { Time: { } endTime } end) return null;
        var eventEnd = end.Date.ToDateTime(endTime);
        var lastDay = endTime < ev.DayChange ? end.Date.AddDays(-1) : end.Date;
        return item.ProgrammeDate == lastDay && eventEnd > item.Start ? eventEnd : null;
    }

    private static DateTime? DeclaredEnd(Event ev, ProgrammeItem item, DateTime start)
    {
        if (item.DeclaredEnd is { } declared) return declared.ToDateTime();
        if (item.EndTime is not { } endTime) return null;
        var date = DateOnly.FromDateTime(start);
        var startTime = TimeOnly.FromDateTime(start);

        // "22:00 to 01:00" runs past midnight: an end before the day change, after a start that is not,
        // is the night after. "12:00 to 11:00" stays on one date and is reported.
        if (endTime < startTime && endTime < ev.DayChange && startTime >= ev.DayChange) date = date.AddDays(1);
        return date.ToDateTime(endTime);
    }

    // The next timed sibling in the same lane, or spanning all lanes, that starts later on the same
    // programme day; an item that spans all lanes ends at the next item of any kind.
    private static DateTime? NextStart(ProgrammeItem item, List<ProgrammeItem> siblings)
    {
        DateTime? next = null;
        foreach (var other in siblings)
        {
            if (other == item || !HasOwnTime(other) || other.ProgrammeDate != item.ProgrammeDate) continue;
            if (other.Start <= item.Start) continue;
            if (!item.SpansAllLanes && !other.SpansAllLanes && other.Lane != item.Lane) continue;
            if (next is null || other.Start < next) next = other.Start;
        }

        return next;
    }

    // Show only what differs: "11:00" and "12:00" on the same date, whole date-times otherwise.
    private static string Show(DateTime value, DateTime other) =>
        value.Date == other.Date
            ? value.ToString("HH:mm", CultureInfo.InvariantCulture)
            : value.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);
}
