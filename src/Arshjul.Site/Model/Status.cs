namespace Arshjul.Site.Model;

/// <summary>An event's or item's status; see the content model's status table.</summary>
public enum Status
{
    Scheduled,
    Tentative,
    Postponed,
    Cancelled,
}
