namespace Arshjul.Site.Model;

public sealed record ArticleText(string Title, string? Summary, MarkdownText? Body);
