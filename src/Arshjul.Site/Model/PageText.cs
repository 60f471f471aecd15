namespace Arshjul.Site.Model;

public sealed record PageText(string Title, string? Summary, MarkdownText? Body);
