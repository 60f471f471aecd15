using Arshjul.Site.Rendering.Templates;

namespace Arshjul.Site.Rendering.Views;

/// <summary>A person's page, or a person in the list of speakers.</summary>
public sealed record PersonView
{
    public required string Slug { get; init; }

    public required string Name { get; init; }

    public required string Url { get; init; }

    public string? Organisation { get; init; }

    public string? Role { get; init; }

    public string? PhotoUrl { get; init; }

    public IReadOnlyList<LinkView> Links { get; init; } = [];

    public TrustedHtml? Bio { get; init; }

    public string? BioLang { get; init; }

    public bool BioIsFallback { get; init; }

    /// <summary>Every item of the person across events, in time order, each with its event.</summary>
    public IReadOnlyList<ItemView> Items { get; init; } = [];
}
