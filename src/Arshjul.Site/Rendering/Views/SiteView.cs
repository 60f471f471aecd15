using Arshjul.Site.Rendering.Templates;

namespace Arshjul.Site.Rendering.Views;

/// <summary>The site as the layout sees it on one page: titles, navigation, languages, assets.</summary>
public sealed record SiteView
{
    public required string Title { get; init; }

    public string? Description { get; init; }

    public required string Lang { get; init; }

    /// <summary>The prefix that leads from this page to the site root ("../../").</summary>
    public required string Root { get; init; }

    public required string HomeUrl { get; init; }

    public required IReadOnlyList<LinkView> Nav { get; init; }

    public required string EventsUrl { get; init; }

    public required string SpeakersUrl { get; init; }

    public required string NewsUrl { get; init; }

    public required IReadOnlyList<LanguageView> Languages { get; init; }

    /// <summary>The x-default alternate: this page in the default language, absolute.</summary>
    public required string DefaultAlternate { get; init; }

    public required IReadOnlyList<LinkView> FooterLinks { get; init; }

    public required string CssUrl { get; init; }

    /// <summary>The programme finder's script (filters, search, now/next), relative to the page.</summary>
    public required string ProgrammeJsUrl { get; init; }

    /// <summary>The stars and "my programme" script (js/stars.js), relative to the page.</summary>
    public required string StarsJsUrl { get; init; }

    public required string FeedUrl { get; init; }

    public required string CalendarUrl { get; init; }

    public required string WebcalUrl { get; init; }

    /// <summary>The dev server's live-reload script; empty in real builds.</summary>
    public TrustedHtml? LiveReload { get; init; }
}
