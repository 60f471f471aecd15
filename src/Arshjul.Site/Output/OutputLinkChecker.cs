using System.Collections.Concurrent;
using System.Text;
using AngleSharp.Html.Parser;
using Arshjul.Site.Diagnostics;
using Arshjul.Site.Markdown;
using Arshjul.Site.Model;

namespace Arshjul.Site.Output;

/// <summary>
/// Checks that every internal href and src of the built pages leads to a file of the output (a folder
/// counts when it has an index.html), and that every #fragment names an id on its target page.
/// Absolute links to the site's own baseUrl count as internal; other external links are collected, never fetched.
/// An id that occurs more than once on a page is an error too: a link to it lands on the first only.
/// </summary>
public static class OutputLinkChecker
{
    /// <summary>Reports broken internal links (AJ0500) and duplicate ids (AJ0510); returns the distinct external URLs, sorted.</summary>
    public static IReadOnlyList<string> Check(IReadOnlyList<OutputFile> files, DiagnosticBag diagnostics, Uri? baseUrl = null)
    {
        var basePath = baseUrl?.AbsolutePath ?? "/";
        var existing = files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        var pages = files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)).ToList();
        var parsed = new ConcurrentDictionary<string, (HashSet<string> Ids, List<string> Links)>(StringComparer.Ordinal);
        var repeated = new ConcurrentDictionary<string, List<(string Id, int Count)>>(StringComparer.Ordinal);
        Parallel.ForEach(pages, file =>
        {
            using var document = new HtmlParser().ParseDocument(Encoding.UTF8.GetString(file.Content));
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var element in document.QuerySelectorAll("[id]")) counts[element.Id!] = counts.GetValueOrDefault(element.Id!) + 1;
            var links = document.QuerySelectorAll("[href], [src]").Select(e => e.GetAttribute("href") ?? e.GetAttribute("src") ?? "").ToList();
            parsed[file.Path] = (counts.Keys.ToHashSet(StringComparer.Ordinal), links);
            var twice = counts.Where(c => c.Value > 1).Select(c => (c.Key, c.Value)).ToList();
            if (twice.Count > 0) repeated[file.Path] = twice;
        });

        var external = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var file in pages)
        {
            foreach (var (id, count) in repeated.GetValueOrDefault(file.Path, []).OrderBy(r => r.Id, StringComparer.Ordinal))
            {
                diagnostics.Error(DiagnosticCodes.DuplicateId, new SourceLocation("public/" + file.Path, 1, 1),
                    $"The page has {count} elements with id '{id}'; a link to #{id} can only lead to the first.",
                    "Ids must be unique on a page. If a template writes this id, make it unique there (for example by adding the item's id).");
            }

            foreach (var raw in parsed[file.Path].Links)
            {
                var url = OwnSitePath(raw, baseUrl) ?? raw;
                if (UrlKind.IsExternal(url))
                {
                    if (url.StartsWith("http", StringComparison.OrdinalIgnoreCase)) external.Add(url);
                    continue;
                }

                if (url.Length == 0) continue;
                var problem = Problem(file.Path, url, basePath, existing, parsed);
                if (problem is not null)
                {
                    diagnostics.Error(DiagnosticCodes.BrokenOutputLink, new SourceLocation("public/" + file.Path, 1, 1),
                        $"The page links to '{raw}', {problem}.");
                }
            }
        }

        return external.ToList();
    }

    private static string? Problem(string fromFile, string url, string basePath, HashSet<string> existing,
        IReadOnlyDictionary<string, (HashSet<string> Ids, List<string> Links)> parsed)
    {
        var target = Resolve(fromFile, url, basePath);
        if (target is null) return "which leads out of the site";
        var file = target.Length == 0 || target.EndsWith('/') ? target + "index.html" : target;
        if (!existing.Contains(file))
        {
            if (existing.Contains(file + "/index.html")) file += "/index.html";
            else return "which is not a file of the built site";
        }

        var hash = url.IndexOf('#');
        if (hash < 0 || hash == url.Length - 1) return null;
        var fragment = Uri.UnescapeDataString(url[(hash + 1)..]);
        return parsed.TryGetValue(file, out var page) && !page.Ids.Contains(fragment)
            ? $"but {file} has no element with id '{fragment}'"
            : null;
    }

    /// <summary>An absolute URL under the site's own baseUrl (or its webcal:// twin) as a root-relative path; else null.</summary>
    private static string? OwnSitePath(string url, Uri? baseUrl)
    {
        if (baseUrl is null) return null;
        var own = baseUrl.AbsoluteUri;
        var webcal = "webcal://" + own[(own.IndexOf("://", StringComparison.Ordinal) + 3)..];
        foreach (var prefix in new[] { own, webcal })
        {
            if (url.StartsWith(prefix, StringComparison.Ordinal)) return baseUrl.AbsolutePath + url[prefix.Length..];
        }

        return null;
    }

    /// <summary>An href of the page at <paramref name="fromFile"/> as an output path, or null when it climbs out of the site.</summary>
    public static string? Resolve(string fromFile, string url, string basePath = "/")
    {
        var path = url.Split('#', '?')[0];
        if (path.Length == 0) return fromFile;
        path = Uri.UnescapeDataString(path);
        string combined;
        if (path.StartsWith('/'))
        {
            if (!path.StartsWith(basePath, StringComparison.Ordinal)) return null;
            combined = path[basePath.Length..];
        }
        else
        {
            var folder = fromFile.Contains('/') ? fromFile[..(fromFile.LastIndexOf('/') + 1)] : "";
            combined = folder + path;
        }

        if (SitePaths.Collapse(combined) is not { } result) return null;
        return combined.EndsWith('/') || result.Length == 0 ? (result.Length == 0 ? "" : result + "/") : result;
    }
}
