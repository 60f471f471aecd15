using Arshjul.Site.Content;
using Arshjul.Site.Diagnostics;

namespace Arshjul.Site.Model;

/// <summary>A news article, save-the-date or report: news/&lt;yyyy-mm-dd-slug&gt;.&lt;lang&gt;.md.</summary>
public sealed class Article
{
    public required string Slug { get; init; }

    public required IReadOnlyList<ContentDocument> Files { get; init; }

    public required SourceLocation Location { get; init; }

    public required DateOnly Date { get; init; }

    public required Translations<ArticleText> Text { get; init; }

    public IReadOnlyList<Event> Events { get; init; } = [];

    public string? Image { get; init; }
}
