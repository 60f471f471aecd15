using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Arshjul.Site.Markdown;

/// <summary>
/// Renders a parsed body to HTML. A new <see cref="HtmlRenderer"/> is made per call because
/// renderers hold state (the writer, the link rewriter); the AST itself is only read.
/// </summary>
public sealed class MarkdownHtmlRenderer
{
    /// <param name="doc">The parsed body.</param>
    /// <param name="rewriteLink">Maps a site-relative link or image URL to its output URL;
    /// return null to keep the URL as written. Not called for external URLs
    /// (http:, https:, mailto:) nor for in-page anchors (#...).</param>
    /// <param name="claimId">Maps a heading's id to the id it gets on the page (unique among
    /// all texts the page shows); in-page links to it (#id) follow. Null keeps ids as parsed.</param>
    public string ToHtml(ParsedMarkdown doc, Func<string, string?> rewriteLink, Func<string, string>? claimId = null)
    {
        var ids = HeadingIds(doc, claimId);
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer)
        {
            LinkRewriter = url => RewriteUrl(url, rewriteLink, ids),
        };
        doc.Pipeline.Setup(renderer);
        ReplaceHeadingRenderer(renderer, new ShiftedHeadingRenderer(ShiftedHeadingRenderer.ShiftFor(doc.Document), ids));

        renderer.Render(doc.Document);
        writer.Flush();
        return writer.ToString();
    }

    /// <summary>
    /// Each heading id of the body (Markdig made them unique within it) and its id on the page,
    /// claimed in document order before rendering, so a link written above its heading follows too.
    /// </summary>
    private static Dictionary<string, string> HeadingIds(ParsedMarkdown doc, Func<string, string>? claimId)
    {
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        if (claimId is null) return ids;
        foreach (var heading in doc.Document.Descendants<HeadingBlock>())
        {
            if (heading.TryGetAttributes()?.Id is { Length: > 0 } id && !ids.ContainsKey(id)) ids[id] = claimId(id);
        }

        return ids;
    }

    private static string RewriteUrl(string url, Func<string, string?> rewriteLink, Dictionary<string, string> ids)
    {
        if (!UrlKind.IsAllowedForAuthors(url))
        {
            // Markdig writes javascript:/vbscript:/data: link targets as they are. The link check
            // reports them as errors; this keeps them dead wherever a body is rendered anyway.
            return "#";
        }

        if (url.Length > 1 && url[0] == '#' && ids.TryGetValue(url[1..], out var onPage))
        {
            return "#" + onPage;
        }

        if (url.Length == 0 || url[0] == '#' || UrlKind.IsExternal(url))
        {
            return url;
        }

        return rewriteLink(url) ?? url;
    }

    private static void ReplaceHeadingRenderer(HtmlRenderer renderer, ShiftedHeadingRenderer headings)
    {
        var renderers = renderer.ObjectRenderers;
        var standard = renderers.FindExact<HeadingRenderer>();
        if (standard is not null)
        {
            renderers.Replace<HeadingRenderer>(headings);
        }
        else
        {
            renderers.Insert(0, headings);
        }
    }
}
