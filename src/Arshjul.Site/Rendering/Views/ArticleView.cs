using Arshjul.Site.Rendering.Templates;

namespace Arshjul.Site.Rendering.Views;

public sealed record ArticleView
{
    public required string Title { get; init; }

    public required string Url { get; init; }

    public required string DateText { get; init; }

    public required string DateIso { get; init; }

    public string? Summary { get; init; }

    public TrustedHtml? Body { get; init; }

    public required string ContentLang { get; init; }

    public bool IsFallback { get; init; }

    public IReadOnlyList<EventSummaryView> Events { get; init; } = [];
}
