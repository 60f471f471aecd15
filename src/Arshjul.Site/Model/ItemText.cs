namespace Arshjul.Site.Model;

/// <summary>The translatable texts of a programme item.</summary>
/// <param name="Summary">A line or two for the programme list; the description stays on the item's page.</param>
/// <param name="Subtitle">A line under the title, in the programme and on the item's page.</param>
public sealed record ItemText(string Title, MarkdownText? Description, string? Summary = null, string? Subtitle = null);
