using Arshjul.Site.Content;
using Arshjul.Site.Planning;

namespace Arshjul.Site.Build;

/// <summary>
/// Which of the paths a dev server saw change can change what is built. An editor's save touches more than the
/// file: swap and backup files, which the loader skips (hidden, or ending in '~': vim's ".x.md.swp", "x.md~"),
/// and temporary files that come and go between two builds ("sed -i", vim's probe file "4913"). Counted as changes,
/// each made the next build a full one instead of an incremental one.
/// </summary>
public static class ChangedPaths
{
    /// <summary>A path under content/ that the loader skips, whatever it holds; a save of it alone needs no build.</summary>
    public static bool IsSkippedContent(string sitePath) =>
        ContentLoader.InContent(sitePath) && ContentLoader.IsHidden(sitePath);

    /// <summary>
    /// The paths without those that change nothing: skipped content, and paths under content/ that are gone and were
    /// neither content nor held content in the previous build (a folder moved away does change things).
    /// </summary>
    public static IReadOnlyCollection<string> ThatMatter(IReadOnlyCollection<string> paths, PlanSnapshot previous, string siteRoot)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(previous);
        return paths.Where(p => !ChangesNothing(p, previous, siteRoot)).ToList();
    }

    private static bool ChangesNothing(string path, PlanSnapshot previous, string siteRoot)
    {
        if (!ContentLoader.InContent(path)) return false;
        if (ContentLoader.IsHidden(path)) return true;
        var full = Path.Combine(siteRoot, path);
        if (File.Exists(full) || Directory.Exists(full) || previous.ContentFiles.Contains(path)) return false;
        var inside = path + "/";
        return !previous.ContentFiles.Any(f => f.StartsWith(inside, StringComparison.Ordinal));
    }
}
