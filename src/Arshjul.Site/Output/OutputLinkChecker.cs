using System.Collections.Concurrent;
using System.Text;
using AngleSharp.Html.Parser;
using Arshjul.Site.Build;

namespace Arshjul.Site.Output;

/// <summary>
/// Checks that every internal href and src of the built pages leads to a file of the output
/// (a folder counts when it has an index.html). External links are collected, never fetched.
/// </summary>
public static class OutputLinkChecker
{
    /// <summary>Reports broken internal links (AJ0500) and returns the distinct external URLs, sorted.</summary>
    public static IReadOnlyList<string> Check(IReadOnlyList<OutputFile> files, DiagnosticBag diagnostics, string basePath = "/")
    {
        var existing = files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        var external = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
        Parallel.ForEach(files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)), file =>
        {
            var parser = new HtmlParser();
            using var document = parser.ParseDocument(Encoding.UTF8.GetString(file.Content));
            foreach (var element in document.QuerySelectorAll("[href], [src]"))
            {
                var url = element.GetAttribute("href") ?? element.GetAttribute("src") ?? "";
                if (IsExternal(url))
                {
                    if (url.StartsWith("http", StringComparison.OrdinalIgnoreCase)) external.TryAdd(url, true);
                    continue;
                }

                if (url.Length == 0 || url.StartsWith('#')) continue;
                var target = Resolve(file.Path, url, basePath);
                if (target is null || !(existing.Contains(target) || existing.Contains(target.TrimEnd('/') + "/index.html") || existing.Contains(target + "index.html")))
                {
                    diagnostics.Error(DiagnosticCodes.BrokenOutputLink, new SourceLocation("public/" + file.Path, 1, 1),
                        $"The page links to '{url}', which is not a file of the built site.");
                }
            }
        });

        return external.Keys.Order(StringComparer.Ordinal).ToList();
    }

    public static bool IsExternal(string url) =>
        url.Contains("://", StringComparison.Ordinal) || url.StartsWith("//", StringComparison.Ordinal) ||
        url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) || url.StartsWith("tel:", StringComparison.OrdinalIgnoreCase) ||
        url.StartsWith("data:", StringComparison.OrdinalIgnoreCase);

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

        var parts = new List<string>();
        foreach (var part in combined.Split('/'))
        {
            if (part is "." or "") continue;
            if (part == "..")
            {
                if (parts.Count == 0) return null;
                parts.RemoveAt(parts.Count - 1);
                continue;
            }

            parts.Add(part);
        }

        var result = string.Join('/', parts);
        return combined.EndsWith('/') || result.Length == 0 ? (result.Length == 0 ? "" : result + "/") : result;
    }
}
