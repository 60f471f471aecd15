using Markdig;

namespace Arshjul.Site.Markdown;

/// <summary>Parses content bodies with one shared pipeline.</summary>
public sealed class MarkdownDocumentParser
{
    private readonly MarkdownPipeline _pipeline;

    public MarkdownDocumentParser(bool allowRawHtml)
        : this(MarkdownPipelineFactory.Create(allowRawHtml))
    {
    }

    public MarkdownDocumentParser(MarkdownPipeline pipeline)
    {
        _pipeline = pipeline;
    }

    /// <param name="body">The Markdown after the front matter.</param>
    /// <param name="sourcePath">The content file, for diagnostics.</param>
    /// <param name="bodyStartLine">1-based file line on which <paramref name="body"/> starts.</param>
    public ParsedMarkdown Parse(string body, string sourcePath, int bodyStartLine = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(bodyStartLine, 1);
        var document = Markdig.Markdown.Parse(body, _pipeline);
        return new ParsedMarkdown(document, _pipeline, sourcePath, bodyStartLine);
    }
}
