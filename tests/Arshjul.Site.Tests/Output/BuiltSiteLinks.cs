using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Arshjul.Site.Tests.Output;

/// <summary>
/// An independent link check of a built site as it lies on disk, written without the generator's
/// <see cref="Arshjul.Site.Output.OutputLinkChecker"/>: every page is parsed with AngleSharp, every
/// href, src, srcset, poster, form action and meta refresh is resolved with <see cref="Uri"/> against
/// the page's own URL under baseUrl, and an internal one must name a file of the folder (a folder
/// URL its index.html). Links to baseUrl's own host (canonical, hreflang, og:url, webcal) count as
/// internal. A fragment must name an id of the target page. 404 pages are served at any depth, so
/// theirs are resolved as if the page were at /&lt;lang&gt;/a/b/c/ as well.
/// </summary>
public sealed class BuiltSiteLinks
{
    private readonly string _root;
    private readonly Uri _baseUrl;
    private readonly Dictionary<string, HashSet<string>> _ids = new(StringComparer.Ordinal);

    private BuiltSiteLinks(string root, Uri baseUrl)
    {
        _root = Path.GetFullPath(root);
        _baseUrl = baseUrl;
    }

    public int Pages { get; private set; }

    /// <summary>Internal link occurrences checked (one per attribute value per page).</summary>
    public int InternalLinks { get; private set; }

    public SortedSet<string> InternalTargets { get; } = new(StringComparer.Ordinal);

    public SortedSet<string> ExternalLinks { get; } = new(StringComparer.Ordinal);

    /// <summary>"page: attribute 'url' → problem", sorted.</summary>
    public List<string> Broken { get; } = [];

    public static BuiltSiteLinks Check(string root, string baseUrl = "https://example.org/")
    {
        var check = new BuiltSiteLinks(root, new Uri(baseUrl));
        check.Run();
        return check;
    }

    private void Run()
    {
        var parser = new HtmlParser();
        var pages = Directory.EnumerateFiles(_root, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(_root, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
        foreach (var page in pages)
        {
            using var document = parser.ParseDocument(File.ReadAllText(Path.Combine(_root, page)));
            Pages++;
            var isNotFound = Path.GetFileName(page) == "404.html";
            var pageUrl = new Uri(_baseUrl, page.EndsWith("index.html", StringComparison.Ordinal) ? page[..^"index.html".Length] : page);
            var deepUrl = new Uri(_baseUrl, (page.Contains('/') ? page[..(page.IndexOf('/') + 1)] : "") + "a/b/c/");
            foreach (var (attribute, url) in Links(document))
            {
                CheckLink(page, attribute, url, pageUrl, document);
                if (isNotFound) CheckLink(page + " (served at " + deepUrl.AbsolutePath + ")", attribute, url, deepUrl, document, countIt: false);
            }
        }

        Broken.Sort(StringComparer.Ordinal);
    }

    private static IEnumerable<(string Attribute, string Url)> Links(IDocument document)
    {
        foreach (var element in document.QuerySelectorAll("[href], [src], [srcset], [poster], form[action], object[data]"))
        {
            var tag = element.LocalName;
            foreach (var name in new[] { "href", "src", "poster", "action", "data" })
            {
                if (name == "data" && tag != "object") continue;
                if (element.GetAttribute(name) is { } value) yield return ($"<{tag} {name}>", value.Trim());
            }

            if (element.GetAttribute("srcset") is { } srcset)
            {
                foreach (var candidate in srcset.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    yield return ($"<{tag} srcset>", candidate.Split(' ', 2)[0]);
                }
            }
        }

        foreach (var meta in document.QuerySelectorAll("meta[http-equiv]"))
        {
            if (!string.Equals(meta.GetAttribute("http-equiv"), "refresh", StringComparison.OrdinalIgnoreCase)) continue;
            var content = meta.GetAttribute("content") ?? "";
            var at = content.IndexOf("url=", StringComparison.OrdinalIgnoreCase);
            if (at >= 0) yield return ("<meta refresh>", content[(at + 4)..].Trim().Trim('\'', '"'));
        }
    }

    private void CheckLink(string page, string attribute, string url, Uri pageUrl, IDocument document, bool countIt = true)
    {
        if (url.Length == 0)
        {
            Broken.Add($"{page}: {attribute} is empty");
            return;
        }

        if (url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) || url.StartsWith("tel:", StringComparison.OrdinalIgnoreCase) ||
            url.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        if (url.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase))
        {
            Broken.Add($"{page}: {attribute} '{url}' is a javascript: URL");
            return;
        }

        if (url.StartsWith('#'))
        {
            // Same document, wherever it is served.
            if (countIt) InternalLinks++;
            var id = Uri.UnescapeDataString(url[1..]);
            if (id.Length > 0 && !IdsOf(document).Contains(id)) Broken.Add($"{page}: {attribute} '{url}' → no id \"{id}\" in the page");
            return;
        }

        if (!Uri.TryCreate(pageUrl, url, out var resolved))
        {
            Broken.Add($"{page}: {attribute} '{url}' is not a valid URL");
            return;
        }

        var scheme = resolved.Scheme;
        var sameSite = scheme is "http" or "https" or "webcal" &&
            string.Equals(resolved.Host, _baseUrl.Host, StringComparison.OrdinalIgnoreCase) &&
            resolved.AbsolutePath.StartsWith(_baseUrl.AbsolutePath, StringComparison.Ordinal);
        if (!sameSite)
        {
            if (countIt) ExternalLinks.Add(url);
            return;
        }

        if (countIt) InternalLinks++;
        var relative = Uri.UnescapeDataString(resolved.AbsolutePath[_baseUrl.AbsolutePath.Length..]);
        var file = relative.Length == 0 || relative.EndsWith('/') ? relative + "index.html" : relative;
        var full = Path.GetFullPath(Path.Combine(_root, file));
        if (!full.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            Broken.Add($"{page}: {attribute} '{url}' leaves the site");
            return;
        }

        if (!File.Exists(full))
        {
            if (Directory.Exists(full) && File.Exists(Path.Combine(full, "index.html")))
            {
                file += "/index.html";
            }
            else
            {
                Broken.Add($"{page}: {attribute} '{url}' → /{relative}, which is not a file of the site");
                return;
            }
        }

        if (countIt) InternalTargets.Add(file);
        var fragment = Uri.UnescapeDataString(resolved.Fragment.TrimStart('#'));
        if (fragment.Length == 0 || !file.EndsWith(".html", StringComparison.Ordinal)) return;
        var ids = file == page ? IdsOf(document) : IdsOfFile(file);
        if (!ids.Contains(fragment)) Broken.Add($"{page}: {attribute} '{url}' → no id \"{fragment}\" in /{file}");
    }

    private HashSet<string> IdsOfFile(string file)
    {
        if (_ids.TryGetValue(file, out var ids)) return ids;
        using var document = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(_root, file)));
        return _ids[file] = IdsOf(document);
    }

    private static HashSet<string> IdsOf(IDocument document) =>
        document.QuerySelectorAll("[id], a[name]")
            .Select(e => e.GetAttribute("id") ?? e.GetAttribute("name") ?? "")
            .Append("top")
            .ToHashSet(StringComparer.Ordinal);
}
