namespace Arshjul.Site.Model;

/// <summary>A Markdown text and where it starts in its file, so link problems can name the line.</summary>
public sealed record MarkdownText(string Markdown, string Path, int Line)
{
    public bool IsEmpty => string.IsNullOrWhiteSpace(Markdown);
}
