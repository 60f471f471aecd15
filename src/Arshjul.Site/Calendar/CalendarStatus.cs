using Arshjul.Site.Model;

namespace Arshjul.Site.Calendar;

/// <summary>The status table of the content model, for iCal.</summary>
public static class CalendarStatus
{
    /// <summary>
    /// An item's own status, else its event's when the event is cancelled or postponed
    /// (the same rule as the pages, so a page and its calendar entry agree).
    /// </summary>
    public static Status Effective(ProgrammeItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (item.Status != Status.Scheduled) return item.Status;
        return item.Event.Status is Status.Cancelled or Status.Postponed ? item.Event.Status : Status.Scheduled;
    }

    /// <summary>The iCal STATUS value: CONFIRMED, TENTATIVE or CANCELLED.</summary>
    public static string ToICal(Status status) => status switch
    {
        Status.Scheduled => "CONFIRMED",
        Status.Tentative or Status.Postponed => "TENTATIVE",
        Status.Cancelled => "CANCELLED",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown status."),
    };
}
