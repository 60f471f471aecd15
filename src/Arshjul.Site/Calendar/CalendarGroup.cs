using System.Globalization;
using Arshjul.Site.Content;
using Arshjul.Site.Model;

namespace Arshjul.Site.Calendar;

/// <summary>What a group calendar of an event gathers: the items of one programme day, room or track.</summary>
public enum CalendarGroupKind
{
    Day,
    Room,
    Track,
}

/// <summary>
/// One part of an event's programme as a calendar file of its own (content model:
/// /&lt;lang&gt;/events/&lt;event&gt;/calendars/&lt;day|track|room&gt;-&lt;slug&gt;.ics).
/// </summary>
/// <param name="Name">The file's name without ".ics": "day-2024-03-08", "room-sal-a", "track-…", unique within the event.</param>
/// <param name="Value">The room's or track's name as written; the date as yyyy-MM-dd for a day.</param>
/// <param name="Items">The group's timed items, nested ones included, in programme order.</param>
public sealed record CalendarGroup(CalendarGroupKind Kind, string Name, string Value, DateOnly? Date, IReadOnlyList<ProgrammeItem> Items)
{
    /// <summary>
    /// The event's group calendars: one per programme day when the programme has two days or more (a one-day
    /// programme's day is programme.ics), then one per room and one per track, each only when it has timed items.
    /// A nested item without a room or track of its own is in its parent's (group work in a room keeps its themes
    /// there). Rooms and tracks come in the declared order, then in order of first appearance; two names that make
    /// the same slug ("Sal A", "sal a") get "-2", "-3"… in that order, so the names never depend on anything but the content.
    /// </summary>
    public static IReadOnlyList<CalendarGroup> Of(Event ev)
    {
        ArgumentNullException.ThrowIfNull(ev);
        var timed = CalendarBuilder.ProgrammeEntries(ev);
        var groups = new List<CalendarGroup>();
        var days = timed.Where(i => i.ProgrammeDate is not null).GroupBy(i => i.ProgrammeDate!.Value).OrderBy(g => g.Key).ToList();
        if (days.Count > 1)
        {
            foreach (var day in days)
            {
                var iso = day.Key.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                groups.Add(new CalendarGroup(CalendarGroupKind.Day, "day-" + iso, iso, day.Key, day.ToList()));
            }
        }

        var taken = new HashSet<string>(groups.Select(g => g.Name), StringComparer.Ordinal);
        groups.AddRange(Lanes(CalendarGroupKind.Room, "room-", ev.Rooms.Select(r => r.Name), timed, i => i.Room, taken));
        groups.AddRange(Lanes(CalendarGroupKind.Track, "track-", ev.Tracks.Select(t => t.Name), timed, i => i.Track, taken));
        return groups;
    }

    private static IEnumerable<CalendarGroup> Lanes(CalendarGroupKind kind, string prefix, IEnumerable<string> declared,
        IReadOnlyList<ProgrammeItem> timed, Func<ProgrammeItem, string?> lane, HashSet<string> taken)
    {
        string? Effective(ProgrammeItem item)
        {
            for (var i = item; i is not null; i = i.Parent)
            {
                if (lane(i) is { } value) return value;
            }

            return null;
        }

        var byLane = timed.Select(i => (Item: i, Lane: Effective(i))).Where(p => p.Lane is not null).ToList();
        var names = declared.Concat(byLane.Select(p => p.Lane!)).Distinct(StringComparer.Ordinal);
        foreach (var name in names)
        {
            var items = byLane.Where(p => p.Lane == name).Select(p => p.Item).ToList();
            if (items.Count == 0) continue;
            var slug = prefix + ContentPath.SuggestSlug(name);
            var unique = slug;
            for (var n = 2; !taken.Add(unique); n++) unique = slug + "-" + n.ToString(CultureInfo.InvariantCulture);
            yield return new CalendarGroup(kind, unique, name, null, items);
        }
    }
}
