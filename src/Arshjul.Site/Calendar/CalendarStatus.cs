using Arshjul.Site.Model;

namespace Arshjul.Site.Calendar;

/// <summary>The status table of the content model, for iCal.</summary>
public static class CalendarStatus
{
    /// <summary>The iCal STATUS value: CONFIRMED, TENTATIVE or CANCELLED.</summary>
    public static string ToICal(Status status) => status switch
    {
        Status.Scheduled => "CONFIRMED",
        Status.Tentative or Status.Postponed => "TENTATIVE",
        Status.Cancelled => "CANCELLED",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown status."),
    };
}
