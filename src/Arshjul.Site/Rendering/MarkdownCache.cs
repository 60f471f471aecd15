using System.Collections.Concurrent;
using Arshjul.Site.Markdown;
using Arshjul.Site.Model;

namespace Arshjul.Site.Rendering;

/// <summary>Parses each Markdown text once per build, whatever the number of pages and languages showing it.</summary>
public sealed class MarkdownCache
{
    private readonly MarkdownDocumentParser _parser;
    private readonly ConcurrentDictionary<MarkdownText, ParsedMarkdown> _parsed = new();

    public MarkdownCache(bool allowRawHtml)
    {
        _parser = new MarkdownDocumentParser(allowRawHtml);
    }

    public ParsedMarkdown Get(MarkdownText text) =>
        _parsed.GetOrAdd(text, t => _parser.Parse(t.Markdown, t.Path, t.Line));
}
