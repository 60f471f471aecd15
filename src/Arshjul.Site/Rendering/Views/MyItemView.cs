namespace Arshjul.Site.Rendering.Views;

/// <summary>
/// An item as "my programme" lists it: only what js/stars.js reads from the page. The page lists every item of the
/// site in every language (20,000 at size L), so it gets this, not the whole <see cref="ItemView"/> of a programme.
/// </summary>
public sealed record MyItemView
{
    /// <summary>The item's calendar UID: a starred item is remembered by it.</summary>
    public required string Uid { get; init; }

    public required string Title { get; init; }

    /// <summary>The language of the title (differs from the page's when the item is not translated).</summary>
    public required string ContentLang { get; init; }

    public bool IsFallback { get; init; }

    /// <summary>The item's page, or null when it has none.</summary>
    public string? Url { get; init; }

    /// <summary>Start and end with the event's UTC offset ("2024-03-08T09:30:00+01:00"): clashes are found from them.</summary>
    public string? StartIso { get; init; }

    public string? EndIso { get; init; }

    public string? Room { get; init; }

    /// <summary>The programme day ("2024-03-08") and its text in the page's language.</summary>
    public string? DayIso { get; init; }

    public string? DateText { get; init; }

    public string? TimeText { get; init; }

    /// <summary>"cancelled" etc.; the label is null for a scheduled item.</summary>
    public required string Status { get; init; }

    public string? StatusLabel { get; init; }
}
