using Arshjul.Site.Content;
using Arshjul.Site.Diagnostics;

namespace Arshjul.Site.Model;

/// <summary>A free page such as "about" or the accessibility statement.</summary>
public sealed class Page
{
    public required string Slug { get; init; }

    public required IReadOnlyList<ContentDocument> Files { get; init; }

    public required SourceLocation Location { get; init; }

    public required Translations<PageText> Text { get; init; }
}
