namespace Arshjul.Site.Rendering.Views;

/// <summary>An event in a list: title, when, where, link.</summary>
public sealed record EventSummaryView
{
    public required string Slug { get; init; }

    public required string Title { get; init; }

    public required string Url { get; init; }

    public required string DateText { get; init; }

    public required string StartIso { get; init; }

    public string? Summary { get; init; }

    public string? KindLabel { get; init; }

    public string? Place { get; init; }

    /// <summary>"scheduled", "tentative", "postponed" or "cancelled".</summary>
    public required string Status { get; init; }

    public string? StatusLabel { get; init; }

    public required string ContentLang { get; init; }

    public int Year { get; init; }
}
