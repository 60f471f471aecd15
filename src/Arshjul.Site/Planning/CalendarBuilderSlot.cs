using Arshjul.Site.Calendar;

namespace Arshjul.Site.Planning;

/// <summary>
/// The calendar builder a plan's calendars render with. The dev server's text edits (<c>Build.TextEdit</c>) put in a
/// new one, so the stamps read the files' times again and no VEVENT made from the texts before the edit is reused.
/// </summary>
public sealed class CalendarBuilderSlot
{
    public CalendarBuilder Current
    {
        get => field ?? throw new InvalidOperationException("The plan has no calendar builder: its calendars were not planned.");
        set;
    }
}
