using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Arshjul.Site.Markdown;

/// <summary>
/// Renders a body's headings so its top level becomes h2: the page title is the page's only h1.
/// Authors write "#" or "##" for their sections; either way the outline starts at h2 and keeps
/// its steps. HTML stops at h6, so deeper headings stay h6. A heading's id is written as the page
/// gave it (<paramref name="idsOnPage"/>); the parsed tree, shared between threads, is not changed.
/// <paramref name="onHeadingId"/> hears each id just before its attribute is written (for <see cref="MarkdownHtmlRenderer.Prepare"/>).
/// </summary>
internal sealed class ShiftedHeadingRenderer(int shift, IReadOnlyDictionary<string, string> idsOnPage, Action<string>? onHeadingId = null) : HtmlObjectRenderer<HeadingBlock>
{
    /// <summary>The shift that makes the document's highest heading an h2.</summary>
    public static int ShiftFor(MarkdownDocument document)
    {
        var top = document.Descendants<HeadingBlock>().Select(h => h.Level).DefaultIfEmpty(1).Min();
        return 2 - top;
    }

    private HtmlAttributes? AttributesOnPage(HeadingBlock heading)
    {
        var attributes = heading.TryGetAttributes();
        if (attributes?.Id is not { } id || !idsOnPage.TryGetValue(id, out var onPage) || onPage == id) return attributes;
        var copy = new HtmlAttributes();
        attributes.CopyTo(copy);
        copy.Id = onPage;
        return copy;
    }

    private static readonly string[] Tags = ["h1", "h2", "h3", "h4", "h5", "h6"];

    protected override void Write(HtmlRenderer renderer, HeadingBlock obj)
    {
        var tag = Tags[Math.Clamp(obj.Level + shift, 2, 6) - 1];
        if (renderer.EnableHtmlForBlock)
        {
            renderer.Write('<').Write(tag);
            var attributes = AttributesOnPage(obj);
            if (attributes?.Id is { } id) onHeadingId?.Invoke(id);
            renderer.WriteAttributes(attributes).Write('>');
        }

        renderer.WriteLeafInline(obj);

        if (renderer.EnableHtmlForBlock)
        {
            renderer.Write("</").Write(tag).WriteLine(">");
        }

        renderer.EnsureLine();
    }
}
