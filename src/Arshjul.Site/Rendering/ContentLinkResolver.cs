using Arshjul.Site.Model;

namespace Arshjul.Site.Rendering;

/// <summary>
/// Maps links written by authors to site paths: a content file ("../x/index.sv.md", relative to the
/// file it is written in), a site path ("/sv/events/x/"), or a static file ("/materialer/a.pdf").
/// Page links land in the reader's language, so a Swedish text read in English links to English pages.
/// </summary>
public sealed class ContentLinkResolver
{
    private readonly Dictionary<string, Func<string, string>> _pageByContentPath = new(StringComparer.Ordinal);
    private readonly HashSet<string> _sitePaths = new(StringComparer.Ordinal);
    private readonly HashSet<string> _staticFiles;
    private readonly IReadOnlyList<string> _languages;

    public ContentLinkResolver(SiteModel site, IEnumerable<string> publishedPaths)
    {
        _languages = site.Languages;
        _staticFiles = site.StaticFiles.ToHashSet(StringComparer.Ordinal);
        foreach (var path in publishedPaths) _sitePaths.Add(path);
        foreach (var ev in site.Events)
        {
            foreach (var file in ev.Files) _pageByContentPath[file.Path] = lang => SitePaths.Event(lang, ev);
            foreach (var item in ev.AllItems.Where(i => i.IsFile))
            {
                foreach (var file in item.Files) _pageByContentPath[file.Path] = lang => SitePaths.Item(lang, item);
            }
        }

        foreach (var person in site.People.Values)
        {
            foreach (var file in person.Files) _pageByContentPath[file.Path] = lang => SitePaths.Speaker(lang, person);
        }

        foreach (var article in site.Articles)
        {
            foreach (var file in article.Files) _pageByContentPath[file.Path] = lang => SitePaths.Article(lang, article);
        }

        foreach (var page in site.Pages)
        {
            foreach (var file in page.Files) _pageByContentPath[file.Path] = lang => SitePaths.Page(lang, page);
        }
    }

    /// <summary>The site path a link leads to in <paramref name="lang"/>, or null when it leads nowhere on this site.</summary>
    public string? Resolve(string url, string fromFile, string lang)
    {
        var (path, suffix) = SplitSuffix(url);
        if (path.Length == 0) return null;
        if (path.StartsWith('/'))
        {
            var sitePath = Uri.UnescapeDataString(path.TrimStart('/'));
            if (_staticFiles.Contains(sitePath)) return sitePath + suffix;
            var inLanguage = SwapLanguage(sitePath, lang);
            if (IsPublished(inLanguage)) return inLanguage + suffix;
            return null;
        }

        var folder = fromFile.Contains('/') ? fromFile[..fromFile.LastIndexOf('/')] : "";
        var target = SitePaths.Collapse(folder + "/" + Uri.UnescapeDataString(path));
        if (target is not null && _pageByContentPath.TryGetValue(target, out var page)) return page(lang) + suffix;
        // A content file in another language than the ones published still names the same page.
        return null;
    }

    private bool IsPublished(string sitePath) =>
        _sitePaths.Contains(sitePath) || _sitePaths.Contains(sitePath.TrimEnd('/') + "/") || _staticFiles.Contains(sitePath);

    private string SwapLanguage(string sitePath, string lang)
    {
        var slash = sitePath.IndexOf('/');
        var first = slash < 0 ? sitePath : sitePath[..slash];
        if (!_languages.Contains(first)) return sitePath;
        var rest = slash < 0 ? "/" : sitePath[slash..];
        var path = lang + rest;
        return path.EndsWith('/') || path.Contains('.') ? path : path + "/";
    }

    private static (string Path, string Suffix) SplitSuffix(string url)
    {
        var cut = url.IndexOfAny(['#', '?']);
        return cut < 0 ? (url, "") : (url[..cut], url[cut..]);
    }
}
