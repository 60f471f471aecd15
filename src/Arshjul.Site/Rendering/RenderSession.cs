using Arshjul.Site.Configuration;
using Arshjul.Site.I18n;
using Arshjul.Site.Markdown;
using Arshjul.Site.Model;
using Arshjul.Site.Rendering.Templates;

namespace Arshjul.Site.Rendering;

/// <summary>
/// What all pages of one build share, built once: templates, UI strings, date formats, the
/// Markdown cache and link resolver. Read-only once made, so pages render in parallel.
/// </summary>
public sealed class RenderSession
{
    /// <param name="keepFragments">True in the dev server, whose text edits render from this session again (<see cref="EventFragments"/>).</param>
    public RenderSession(SiteModel site, TemplateLoader templates, UiStrings strings, ContentLinkResolver links, DateTimeOffset now, string? liveReloadSnippet, bool keepFragments = false)
    {
        Fragments = new EventFragments(keepFragments);
        Site = site;
        Templates = templates;
        Renderer = new TemplateRenderer(templates);
        Strings = strings;
        Links = links;
        Now = now;
        LiveReloadSnippet = liveReloadSnippet;
        Markdown = new MarkdownCache(site.Options.MarkdownUnsafe, PlainTextOf);
        Dates = site.Languages.ToDictionary(l => l, l => new DateFormatter(l, strings), StringComparer.Ordinal);
        StringsAsObjects = site.Languages.ToDictionary(
            l => l,
            l => (IReadOnlyDictionary<string, object?>)strings.For(l).ToDictionary(p => p.Key, p => (object?)p.Value, StringComparer.Ordinal),
            StringComparer.Ordinal);
    }

    public SiteModel Site { get; }

    public SiteOptions Options => Site.Options;

    public TemplateLoader Templates { get; }

    public TemplateRenderer Renderer { get; }

    public UiStrings Strings { get; }

    public ContentLinkResolver Links { get; }

    public DateTimeOffset Now { get; }

    public string? LiveReloadSnippet { get; }

    public MarkdownCache Markdown { get; }

    /// <summary>Each event's entries on "my programme", per language, and in the dev server the pages made of them in pieces.</summary>
    public EventFragments Fragments { get; }

    public MarkdownHtmlRenderer Html { get; } = new();

    public IReadOnlyDictionary<string, DateFormatter> Dates { get; }

    /// <summary>
    /// A Markdown text as plain text (calendars, meta descriptions), its links shown as absolute URLs
    /// in the language of the file the text is in: made once per text, with the text's prepared HTML.
    /// </summary>
    public string PlainText(MarkdownText text) => Markdown.Get(text).PlainText;

    private string PlainTextOf(ParsedMarkdown parsed, MarkdownText text)
    {
        var (_, suffix) = Content.ContentPath.SplitLanguage(System.IO.Path.GetFileName(text.Path));
        var lang = suffix is not null && Site.Languages.Contains(suffix) ? suffix : Options.DefaultLanguage;
        return MarkdownPlainText.ToPlainText(parsed, url =>
            UrlKind.IsLocal(url) && Links.Resolve(url, text.Path, lang) is { } path ? Options.AbsoluteUrl(path) : null);
    }

    /// <summary>UI strings per language as the templates' <c>t</c>.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, object?>> StringsAsObjects { get; }
}
