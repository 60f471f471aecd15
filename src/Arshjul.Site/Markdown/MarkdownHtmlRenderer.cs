using System.Text;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Arshjul.Site.Markdown;

/// <summary>
/// Renders a parsed body to HTML, either straight from its syntax tree or, for the pages of a build, from the
/// HTML rendered once (<see cref="Prepare"/>) with each page's URLs and heading ids filled in. A new
/// <see cref="HtmlRenderer"/> is made per render because renderers hold state (the writer, the link
/// rewriter); the syntax tree itself is only read.
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
        ArgumentNullException.ThrowIfNull(doc);
        var ids = Claim(HeadingIdsOf(doc), claimId);
        using var writer = new StringWriter();
        Render(doc, writer, url => RewriteUrl(url, rewriteLink, ids), ids, onHeadingId: null);
        return writer.ToString();
    }

    /// <summary>The same HTML as <see cref="ToHtml(ParsedMarkdown, Func{string, string?}, Func{string, string}?)"/> of the prepared body's tree, for one page.</summary>
    public string ToHtml(PreparedMarkdown prepared, Func<string, string?> rewriteLink, Func<string, string>? claimId = null)
    {
        ArgumentNullException.ThrowIfNull(prepared);
        if (prepared.Tree is { } tree) return ToHtml(tree, rewriteLink, claimId);
        var ids = Claim(prepared.HeadingIds, claimId);
        var html = prepared.Html;
        var output = new StringBuilder(html.Length + (prepared.Slots.Count * 32));
        var at = 0;
        foreach (var slot in prepared.Slots)
        {
            output.Append(html, at, slot.Start - at);
            output.Append(slot.IsHeadingId
                ? Escaper.Attribute(ids.GetValueOrDefault(slot.Value) ?? slot.Value)
                : Escaper.Url(RewriteUrl(slot.Value, rewriteLink, ids)));
            at = slot.Start + slot.Length;
        }

        return output.Append(html, at, html.Length - at).ToString();
    }

    /// <summary>
    /// Renders the body once with every URL and heading id as written, noting where each lands. Each place is
    /// checked against the escaped value it must hold; if one is not there, the tree is kept and pages render it.
    /// </summary>
    public PreparedMarkdown Prepare(ParsedMarkdown doc, string plainText, IReadOnlyList<MarkdownLink> links)
    {
        ArgumentNullException.ThrowIfNull(doc);
        using var writer = new StringWriter();
        var written = writer.GetStringBuilder();
        var urls = new List<(int At, string Url)>();
        var headings = new List<(int At, string Id)>();
        Render(doc, writer, url =>
        {
            urls.Add((written.Length, url));
            return url;
        }, NoIds, id => headings.Add((written.Length, id)));

        var html = writer.ToString();
        var slots = FindSlots(html, urls, headings);
        return new PreparedMarkdown(html, slots ?? [], HeadingIdsOf(doc), plainText, links, doc.TooDeep) { Tree = slots is null ? doc : null };
    }

    private static readonly IReadOnlyDictionary<string, string> NoIds = new Dictionary<string, string>();

    private static void Render(ParsedMarkdown doc, StringWriter writer, Func<string, string> linkRewriter, IReadOnlyDictionary<string, string> ids, Action<string>? onHeadingId)
    {
        var renderer = new HtmlRenderer(writer) { LinkRewriter = linkRewriter };
        doc.Pipeline.Setup(renderer);
        ReplaceHeadingRenderer(renderer, new ShiftedHeadingRenderer(ShiftedHeadingRenderer.ShiftFor(doc.Document), ids, onHeadingId));
        renderer.Render(doc.Document);
        writer.Flush();
    }

    /// <summary>The slots in order, or null when a noted place does not hold its escaped value (or places overlap).</summary>
    private static List<PreparedMarkdown.Slot>? FindSlots(string html, List<(int At, string Url)> urls, List<(int At, string Id)> headings)
    {
        const string IdAttribute = " id=\"";
        var slots = new List<PreparedMarkdown.Slot>(urls.Count + headings.Count);
        foreach (var (at, url) in urls)
        {
            var escaped = Escaper.Url(url);
            if (at + escaped.Length > html.Length || string.CompareOrdinal(html, at, escaped, 0, escaped.Length) != 0) return null;
            slots.Add(new PreparedMarkdown.Slot(at, escaped.Length, url, IsHeadingId: false));
        }

        foreach (var (at, id) in headings)
        {
            var attribute = IdAttribute + Escaper.Attribute(id) + "\"";
            if (at + attribute.Length > html.Length || string.CompareOrdinal(html, at, attribute, 0, attribute.Length) != 0) return null;
            slots.Add(new PreparedMarkdown.Slot(at + IdAttribute.Length, attribute.Length - IdAttribute.Length - 1, id, IsHeadingId: true));
        }

        slots.Sort((a, b) => a.Start.CompareTo(b.Start));
        for (var i = 1; i < slots.Count; i++)
        {
            if (slots[i].Start < slots[i - 1].Start + slots[i - 1].Length) return null;
        }

        return slots;
    }

    /// <summary>Each heading id of the body (Markdig made them unique within it), in document order.</summary>
    private static List<string> HeadingIdsOf(ParsedMarkdown doc)
    {
        var ids = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var heading in doc.Document.Descendants<HeadingBlock>())
        {
            if (heading.TryGetAttributes()?.Id is { Length: > 0 } id && seen.Add(id)) ids.Add(id);
        }

        return ids;
    }

    /// <summary>
    /// Each heading id of the body and its id on the page, claimed in document order before rendering, so a link
    /// written above its heading follows too.
    /// </summary>
    private static Dictionary<string, string> Claim(IReadOnlyList<string> headingIds, Func<string, string>? claimId)
    {
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        if (claimId is null) return ids;
        foreach (var id in headingIds) ids[id] = claimId(id);
        return ids;
    }

    private static string RewriteUrl(string url, Func<string, string?> rewriteLink, IReadOnlyDictionary<string, string> ids)
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

    /// <summary>Markdig's own escaping of a URL and of an attribute value, with one renderer per thread.</summary>
    private sealed class Escaper
    {
        [ThreadStatic]
        private static Escaper? _current;

        private readonly StringWriter _writer = new();
        private readonly HtmlRenderer _renderer;

        private Escaper() => _renderer = new HtmlRenderer(_writer);

        public static string Url(string url) => (_current ??= new Escaper()).Escape(r => r.WriteEscapeUrl(url));

        public static string Attribute(string value) => (_current ??= new Escaper()).Escape(r => r.WriteEscape(value));

        private string Escape(Action<HtmlRenderer> write)
        {
            var output = _writer.GetStringBuilder();
            output.Clear();
            write(_renderer);
            _writer.Flush();
            return output.ToString();
        }
    }
}
