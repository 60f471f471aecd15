using Arshjul.Site.Rendering.Templates;

namespace Arshjul.Site.Rendering.Views;

/// <summary>A person's page, or a person in the list of speakers.</summary>
public sealed record PersonView
{
    public required string Slug { get; init; }

    public required string Name { get; init; }

    public required string Url { get; init; }

    /// <summary>
    /// The organisation in the page's language, else the source's. Not marked with <c>lang</c>: it is a name, and a
    /// neutral file's language (the default one) says nothing about the language of a name written there.
    /// </summary>
    public string? Organisation { get; init; }

    /// <summary>The role in the page's language ("Director"), or the source's when it has no translation.</summary>
    public string? Role { get; init; }

    /// <summary>The language of the role's text when it is not the page's (untranslated), else null.</summary>
    public string? RoleLang { get; init; }

    public string? PhotoUrl { get; init; }

    public IReadOnlyList<LinkView> Links { get; init; } = [];

    public TrustedHtml? Bio { get; init; }

    public string? BioLang { get; init; }

    public bool BioIsFallback { get; init; }

    /// <summary>"Presentationen finns inte på svenska…" when the bio is the source's, else null.</summary>
    public string? BioFallbackNote { get; init; }

    /// <summary>Every item of the person across events, in time order, each with its event.</summary>
    public IReadOnlyList<ItemView> Items { get; init; } = [];

    /// <summary>The person's calendar of timed items, on their page; null elsewhere or when they are in no timed item.</summary>
    public GroupCalendarView? Calendar { get; init; }
}
