using Arshjul.Site.Rendering.Templates;

namespace Arshjul.Site.Rendering.Views;

/// <summary>What every page has, whatever its kind: for the layout's head, header and footer.</summary>
public sealed record PageView
{
    /// <summary>"home", "events", "year", "series", "event", "item", "speakers", "speaker", "news", "article", "page", "404".</summary>
    public required string Kind { get; init; }

    public required string Title { get; init; }

    /// <summary>The &lt;title&gt;: page title and site title.</summary>
    public required string HeadTitle { get; init; }

    public required string Lang { get; init; }

    /// <summary>The language of the main text: differs from Lang when the page falls back to its source.</summary>
    public required string ContentLang { get; init; }

    public bool IsFallback { get; init; }

    /// <summary>"Den här sidan finns inte på svenska…", or null.</summary>
    public string? FallbackNote { get; init; }

    public string? Description { get; init; }

    public required string CanonicalUrl { get; init; }

    public required string OgType { get; init; }

    /// <summary>schema.org JSON-LD, already serialised and safe inside &lt;script&gt;; or null.</summary>
    public TrustedHtml? JsonLd { get; init; }

    public TrustedHtml? Body { get; init; }
}
