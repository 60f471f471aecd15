using Markdig;
using Markdig.Syntax;

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
        try
        {
            var document = Markdig.Markdown.Parse(body, _pipeline);
            return new ParsedMarkdown(document, _pipeline, sourcePath, bodyStartLine);
        }
        catch (ArgumentException)
        {
            // Markdig's own bound on nested quotes and lists (it would recurse too deep to render);
            // the link check reports it for the author, and nothing of the body is rendered.
            return new ParsedMarkdown(new MarkdownDocument(), _pipeline, sourcePath, bodyStartLine) { TooDeep = true };
        }
    }
}
