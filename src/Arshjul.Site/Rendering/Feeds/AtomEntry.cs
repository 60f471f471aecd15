namespace Arshjul.Site.Rendering.Feeds;

/// <summary>One entry of an Atom feed: an article or an event, in one language.</summary>
/// <param name="Url">Absolute; also the entry's id.</param>
/// <param name="ContentLang">The language the texts are really in (the source's, when not translated).</param>
public sealed record AtomEntry(string Url, string Title, string? Summary, string ContentLang, DateTimeOffset Updated);
