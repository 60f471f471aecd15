using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Arshjul.Site.Markdown;

/// <summary>
/// Renders a body's headings one level down: the page title is the page's only h1, so a body's
/// "#" becomes h2. HTML stops at h6, so deeper headings stay h6.
/// </summary>
internal sealed class ShiftedHeadingRenderer : HtmlObjectRenderer<HeadingBlock>
{
    private static readonly string[] Tags = ["h1", "h2", "h3", "h4", "h5", "h6"];

    protected override void Write(HtmlRenderer renderer, HeadingBlock obj)
    {
        var tag = Tags[Math.Clamp(obj.Level + 1, 1, 6) - 1];
        if (renderer.EnableHtmlForBlock)
        {
            renderer.Write('<').Write(tag).WriteAttributes(obj).Write('>');
        }

        renderer.WriteLeafInline(obj);

        if (renderer.EnableHtmlForBlock)
        {
            renderer.Write("</").Write(tag).WriteLine(">");
        }

        renderer.EnsureLine();
    }
}
