using Markdig.Renderers;
using Markdig.Renderers.Html;

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
    public string ToHtml(ParsedMarkdown doc, Func<string, string?> rewriteLink)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer)
        {
            LinkRewriter = url => RewriteUrl(url, rewriteLink),
        };
        doc.Pipeline.Setup(renderer);
        ReplaceHeadingRenderer(renderer, ShiftedHeadingRenderer.ShiftFor(doc.Document));

        renderer.Render(doc.Document);
        writer.Flush();
        return writer.ToString();
    }

    private static string RewriteUrl(string url, Func<string, string?> rewriteLink)
    {
        if (!UrlKind.IsAllowedForAuthors(url))
        {
            // Markdig writes javascript:/vbscript:/data: link targets as they are. The link check
            // reports them as errors; this keeps them dead wherever a body is rendered anyway.
            return "#";
        }

        if (url.Length == 0 || url[0] == '#' || UrlKind.IsExternal(url))
        {
            return url;
        }

        return rewriteLink(url) ?? url;
    }

    private static void ReplaceHeadingRenderer(HtmlRenderer renderer, int shift)
    {
        var renderers = renderer.ObjectRenderers;
        var standard = renderers.FindExact<HeadingRenderer>();
        if (standard is not null)
        {
            renderers.Replace<HeadingRenderer>(new ShiftedHeadingRenderer(shift));
        }
        else
        {
            renderers.Insert(0, new ShiftedHeadingRenderer(shift));
        }
    }
}
