namespace Arshjul.Site.Model;

/// <summary>The translatable texts of a programme item.</summary>
public sealed record ItemText(string Title, MarkdownText? Description);
