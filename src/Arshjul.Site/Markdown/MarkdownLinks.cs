using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Arshjul.Site.Markdown;

/// <summary>Lists the link and image targets of a body so the caller can report links to missing pages.</summary>
public static class MarkdownLinks
{
    public static IEnumerable<MarkdownLink> Find(ParsedMarkdown doc)
    {
        foreach (var inline in doc.Document.Descendants<Inline>())
        {
            switch (inline)
            {
                case LinkInline { Url: { Length: > 0 } url } link:
                    yield return Locate(doc, url, link.IsImage, link);
                    break;
                case AutolinkInline auto:
                    yield return Locate(doc, auto.IsEmail ? "mailto:" + auto.Url : auto.Url, isImage: false, auto);
                    break;
            }
        }
    }

    private static MarkdownLink Locate(ParsedMarkdown doc, string url, bool isImage, Inline inline) =>
        new(url, isImage, doc.SourcePath, doc.ToFileLine(inline.Line), inline.Column + 1);
}
