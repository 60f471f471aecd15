using Arshjul.Site.Content;
using Arshjul.Site.Diagnostics;
using Arshjul.Site.Markdown;
using Arshjul.Site.Model;

namespace Arshjul.Site.Rendering;

/// <summary>Reports links and images in Markdown texts with a scheme authors may not use (AJ0128) or that lead to no page or file of the site (AJ0203).</summary>
public static class ContentLinkChecker
{
    /// <param name="include">Which texts to check (an incremental build checks only the edited files'); all by default.</param>
    public static void Check(SiteModel site, MarkdownCache markdown, ContentLinkResolver links, DiagnosticBag diagnostics, Func<MarkdownText, bool>? include = null)
    {
        ArgumentNullException.ThrowIfNull(site);
        Check(AllTexts(site).Distinct().Where(text => include?.Invoke(text) ?? true), site.Options.DefaultLanguage, markdown, links, diagnostics);
    }

    /// <summary>The same for some texts only (texts not yet in the model: the dev server's text edits).</summary>
    /// <param name="defaultLanguage">The site's default language, which a link to a content file without a language goes to.</param>
    public static void Check(IEnumerable<MarkdownText> texts, string defaultLanguage, MarkdownCache markdown, ContentLinkResolver links, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(markdown);
        ArgumentNullException.ThrowIfNull(links);
        ArgumentNullException.ThrowIfNull(diagnostics);
        foreach (var text in texts)
        {
            var prepared = markdown.Get(text);
            if (prepared.TooDeep)
            {
                diagnostics.Error(DiagnosticCodes.NestingLimit, new SourceLocation(text.Path, text.Line, 1),
                    "The text is nested too deeply: quotes ('>') or lists inside each other over too many levels.",
                    "Use fewer '>' or list levels; a text needs only a few.");
            }

            foreach (var link in prepared.Links)
            {
                var at = new SourceLocation(text.Path, link.Line, link.Column);
                if (!AuthorUrls.Check(link.Url, at, diagnostics)) continue;
                if (link.IsExternal || !UrlKind.IsLocal(link.Url)) continue;
                if (links.Resolve(link.Url, text.Path, defaultLanguage) is not null) continue;
                var what = link.IsImage ? "image" : "link";
                diagnostics.Error(DiagnosticCodes.BrokenContentLink, at,
                    $"The {what} '{link.Url}' leads to no page or file of this site.",
                    "Link to a content file (../other/index.sv.md), a site path (/sv/events/x/) or a file under static/ (/materialer/x.pdf).");
            }
        }
    }

    /// <summary>Every Markdown text of the site, in every language file.</summary>
    public static IEnumerable<MarkdownText> AllTexts(SiteModel site)
    {
        foreach (var lang in site.Languages)
        {
            foreach (var ev in site.Events)
            {
                if (ev.Text.In(lang).Value.Body is { } body) yield return body;
                foreach (var item in ev.AllItems)
                {
                    if (item.Text.In(lang).Value.Description is { } description) yield return description;
                }
            }

            foreach (var person in site.People.Values)
            {
                if (person.Bio.In(lang).Value is { } bio) yield return bio;
            }

            foreach (var article in site.Articles)
            {
                if (article.Text.In(lang).Value.Body is { } body) yield return body;
            }

            foreach (var page in site.Pages)
            {
                if (page.Text.In(lang).Value.Body is { } body) yield return body;
            }
        }
    }
}
