namespace Arshjul.Site.Markdown;

/// <summary>A link or image target in a body, located in its source file (1-based line and column).</summary>
public sealed record MarkdownLink(string Url, bool IsImage, string SourcePath, int Line, int Column)
{
    /// <summary>True when the URL leaves the site (http:, https:, mailto:).</summary>
    public bool IsExternal => UrlKind.IsExternal(Url);
}
