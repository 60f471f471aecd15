using System.Text;
using Arshjul.Site.Diagnostics;
using Arshjul.Site.Model;
using Arshjul.Site.Model.Loading;

namespace Arshjul.Site.Output;

/// <summary>
/// Checks the planned output paths before anything is rendered or written: a file of static/ where the generator
/// writes a page, calendar or feed, and paths the file system cannot hold (a name over 255 bytes, a path over
/// the system's limit). Each is an error naming the source file, never an exception halfway through writing.
/// </summary>
public static class OutputPathCheck
{
    /// <summary>The longest file or folder name ext4, APFS, NTFS and the rest allow, in bytes.</summary>
    public const int MaxNameBytes = 255;

    /// <summary>Linux's PATH_MAX less its terminating zero; Windows without long paths allows 259 characters.</summary>
    public static int MaxPathBytes => OperatingSystem.IsWindows() ? 259 : 4095;

    /// <param name="generated">Every path the generator writes (pages, calendars, feeds), '/'-separated.</param>
    /// <param name="outputRoot">The output folder, whose own length counts towards the path limit.</param>
    public static void Check(SiteModel model, IReadOnlyCollection<string> generated, string outputRoot, DiagnosticBag diagnostics)
    {
        var generatedPaths = generated.ToHashSet(StringComparer.Ordinal);
        foreach (var path in model.StaticFiles.Where(generatedPaths.Contains))
        {
            diagnostics.Error(DiagnosticCodes.OutputPathTaken, StaticSource(path),
                $"This file would be published at {path}, where the generator writes {WhatIsAt(path)}; rename or move it.");
        }

        // One long title makes a page and a calendar in every language: one message per source file. Which file a path
        // comes from is only worked out when a path is too long (the dev server runs this check on every edit).
        var rootBytes = Encoding.UTF8.GetByteCount(Path.GetFullPath(outputRoot).TrimEnd(Path.DirectorySeparatorChar)) + 1;
        var tooLong = generatedPaths.Concat(model.StaticFiles).Distinct()
            .Select(path => (Path: path, Problem: TooLong(path, rootBytes)))
            .Where(p => p.Problem is not null)
            .OrderBy(p => p.Path, StringComparer.Ordinal)
            .ToList();
        if (tooLong.Count == 0) return;

        var owners = Owners(model);
        var reported = new HashSet<SourceLocation>();
        foreach (var (path, problem) in tooLong)
        {
            var at = generatedPaths.Contains(path) ? OwnerOf(owners, path) : StaticSource(path);
            if (reported.Add(at)) diagnostics.Error(DiagnosticCodes.OutputPathTooLong, at, problem!.Value.Message, problem.Value.Hint);
        }
    }

    private static (string Message, string Hint)? TooLong(string path, int rootBytes)
    {
        foreach (var segment in path.Split('/'))
        {
            var bytes = Encoding.UTF8.GetByteCount(segment);
            if (bytes > MaxNameBytes)
            {
                return ($"The published name '{Shorten(segment)}' is {bytes} bytes long; file systems allow at most {MaxNameBytes}.",
                    "Give it a shorter title, or set a short 'id' (for a programme entry) or a shorter file name.");
            }
        }

        var total = rootBytes + Encoding.UTF8.GetByteCount(path);
        if (total <= MaxPathBytes) return null;
        return ($"The published path {Shorten(path)} would be {total} bytes long in the output folder; this system allows at most {MaxPathBytes}.",
            "Shorten the names in it, or build into a folder with a shorter path.");
    }

    private static SourceLocation StaticSource(string path) => SourceLocation.StartOf(SiteModelLoader.StaticFolder + "/" + path);

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..30] + "…" + text[^20..];

    private static string WhatIsAt(string path) =>
        path.EndsWith(".ics", StringComparison.Ordinal) ? "a calendar"
        : path.EndsWith(".xml", StringComparison.Ordinal) || path.EndsWith(".txt", StringComparison.Ordinal) ? "a feed"
        : "a page";

    /// <summary>Each page folder (language included) and the file it comes from.</summary>
    private static Dictionary<string, SourceLocation> Owners(SiteModel model)
    {
        var owners = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var lang in model.Languages)
        {
            foreach (var ev in model.Events)
            {
                owners[SitePaths.Event(lang, ev)] = ev.Location;
                foreach (var item in ev.AllItems) owners[SitePaths.Item(lang, item)] = item.Location;
                if (ev.Series is { } series) owners.TryAdd(SitePaths.Series(lang, SitePaths.SeriesSlug(series)), ev.Location);
            }

            foreach (var person in model.People.Values) owners[SitePaths.Speaker(lang, person)] = person.Location;
            foreach (var article in model.Articles) owners[SitePaths.Article(lang, article)] = article.Location;
            foreach (var page in model.Pages) owners[SitePaths.Page(lang, page)] = page.Location;
        }

        return owners;
    }

    /// <summary>The file behind the deepest page folder holding <paramref name="path"/>; site.yml for the site's own pages.</summary>
    private static SourceLocation OwnerOf(Dictionary<string, SourceLocation> owners, string path)
    {
        for (var end = path.LastIndexOf('/'); end > 0; end = path.LastIndexOf('/', end - 1))
        {
            if (owners.TryGetValue(path[..(end + 1)], out var owner)) return owner;
        }

        return SourceLocation.StartOf("site.yml");
    }
}
