namespace Arshjul.Site.Rendering.Views;

/// <summary>A link as templates see it: text and a URL already relative to the page.</summary>
public sealed record LinkView(string Title, string Url, bool Current = false);
