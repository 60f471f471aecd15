using Arshjul.Site.Rendering.Templates;

namespace Arshjul.Site.Rendering.Views;

/// <summary>A programme item as a page in one language shows it.</summary>
public sealed record ItemView
{
    public required string Id { get; init; }

    public required string Title { get; init; }

    /// <summary>A line under the title, or null.</summary>
    public string? Subtitle { get; init; }

    /// <summary>A line or two for the programme list, or null.</summary>
    public string? Summary { get; init; }

    /// <summary>The item's own page, or null when it has none.</summary>
    public string? Url { get; init; }

    /// <summary>"09.30–10.15", or null for untimed items.</summary>
    public string? TimeText { get; init; }

    /// <summary>ISO 8601 with offset, for &lt;time datetime&gt;.</summary>
    public string? StartIso { get; init; }

    public string? EndIso { get; init; }

    /// <summary>The programme day, written out ("fredag 8 mars 2024").</summary>
    public string? DateText { get; init; }

    public string? Kind { get; init; }

    public string? KindLabel { get; init; }

    public string? Room { get; init; }

    public string? Track { get; init; }

    /// <summary>True for breaks, plenaries and other items without room or track.</summary>
    public bool SpansAll { get; init; }

    /// <summary>The track's colour as #rrggbb when the event declares one for it, else null.</summary>
    public string? TrackColour { get; init; }

    /// <summary>The item's column (1 for the first room) in its day's room grid, or null outside a grid.</summary>
    public int? GridColumn { get; init; }

    /// <summary>"scheduled", "tentative", "postponed" or "cancelled".</summary>
    public required string Status { get; init; }

    /// <summary>The status in words ("Inställt"), or null for scheduled items.</summary>
    public string? StatusLabel { get; init; }

    public bool IsStruck { get; init; }

    /// <summary>What goes between the date and the time when both are shown (" kl. ", ", ").</summary>
    public string WhenBetween { get; init; } = ", ";

    /// <summary>What follows the time after a date (" Uhr" in German), else "".</summary>
    public string WhenAfter { get; init; } = "";

    /// <summary>"Ges på engelska" when the item is given in another language than the page's (HTML: a name in another language is marked).</summary>
    public TrustedHtml? GivenIn { get; init; }

    /// <summary>The item's <c>language</c> as written ("en"), for its badge and for filtering; null when not given.</summary>
    public string? LanguageCode { get; init; }

    /// <summary>That language's name in the page's language ("engelska").</summary>
    public string? LanguageName { get; init; }

    public IReadOnlyList<PersonRefView> Speakers { get; init; } = [];

    public IReadOnlyList<PersonRefView> Moderators { get; init; } = [];

    public IReadOnlyList<LinkView> Materials { get; init; } = [];

    /// <summary>Where to watch the recording, as a link from the page; null when there is none (yet).</summary>
    public string? RecordingUrl { get; init; }

    /// <summary>The recording's licence as the author wrote it ("CC BY 4.0").</summary>
    public string? RecordingLicence { get; init; }

    /// <summary>True for <c>recording: false</c>: the page says the item is not recorded.</summary>
    public bool NotRecorded { get; init; }

    /// <summary>The description as HTML on the item's own page; null in programme lists, which link to that page.</summary>
    public TrustedHtml? Description { get; init; }

    /// <summary>The language the texts are in (differs from the page's on fallback).</summary>
    public required string ContentLang { get; init; }

    public bool IsFallback { get; init; }

    public IReadOnlyList<ItemView> Children { get; init; } = [];

    public required string EventTitle { get; init; }

    /// <summary>The language of the event's title (differs from the page's when the event is not translated).</summary>
    public required string EventContentLang { get; init; }

    public required string EventUrl { get; init; }

    public string? IcsUrl { get; init; }

    /// <summary>The calendar UID of the item's VEVENT when it has a calendar file (<see cref="IcsUrl"/>), else null: what a star keeps.</summary>
    public string? Uid { get; init; }

    /// <summary>The programme day as yyyy-MM-dd (with the event's day change), for grouping starred items by day.</summary>
    public string? DayIso { get; init; }

    /// <summary>"Add to Google Calendar", on the item's own page only (null in lists: made per entry, it cost a tenth of a build).</summary>
    public string? GoogleUrl { get; init; }
}
