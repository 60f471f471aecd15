using Arshjul.Site.Model;

namespace Arshjul.Site.Calendar;

/// <summary>The LOCATION text: the event's place on one line, for an item "Room, Place".</summary>
public static class CalendarLocation
{
    public static string? For(Event ev)
    {
        if (ev.Place is not { } place) return null;
        return CalendarDescription.Clean(place.OneLine) ?? CalendarDescription.Clean(place.Url);
    }

    public static string? For(ProgrammeItem item)
    {
        var parts = new[] { CalendarDescription.Clean(item.Room), For(item.Event) }.OfType<string>().ToList();
        return parts.Count == 0 ? null : string.Join(", ", parts);
    }
}
