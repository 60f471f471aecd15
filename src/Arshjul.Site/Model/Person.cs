using Arshjul.Site.Content;
using Arshjul.Site.Diagnostics;

namespace Arshjul.Site.Model;

/// <summary>A speaker, moderator or other person with a page of their own.</summary>
public sealed class Person
{
    public required string Slug { get; init; }

    public required IReadOnlyList<ContentDocument> Files { get; init; }

    public required SourceLocation Location { get; init; }

    public required string Name { get; init; }

    /// <summary>The organisation per language: a translation's own, else the source's (marked as such).</summary>
    public required Translations<string?> Organisation { get; init; }

    /// <summary>The role or title per language ("direktör", "Director"): a translation's own, else the source's.</summary>
    public required Translations<string?> Role { get; init; }

    /// <summary>A site path to an image under static/.</summary>
    public string? Photo { get; init; }

    public IReadOnlyList<Link> Links { get; init; } = [];

    /// <summary>The bio per language (a language without one falls back, marked).</summary>
    public required Translations<MarkdownText?> Bio { get; init; }

    /// <summary>Every programme item the person speaks at or moderates, across events, in time order.</summary>
    public List<ProgrammeItem> Items { get; } = [];
}
