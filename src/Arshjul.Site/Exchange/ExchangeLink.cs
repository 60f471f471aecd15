namespace Arshjul.Site.Exchange;

/// <summary>A link or attachment of a talk: an absolute URL and what it is called.</summary>
/// <param name="Type">One of the c3voc reference types ("slides", "media", "web", …), when known.</param>
public sealed record ExchangeLink(string Title, string Url, string? Type = null);
