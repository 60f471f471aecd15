namespace Arshjul.Site.Output;

/// <summary>
/// Decides, before any work, whether a folder may be the output: the build replaces the output as a whole, so it
/// must not be the site, hold the site, lie inside what the site reads, be a file, or hold somebody else's files.
/// </summary>
public static class OutputFolderCheck
{
    /// <summary>The folders of a site that a build reads; an output inside one would be read back or overwrite sources.</summary>
    public static readonly IReadOnlyList<string> InputFolders = ["content", "static", "layouts", "i18n", "themes", ".git"];

    /// <summary>Links in a path are resolved at most this deep (a loop of links must not hang the check).</summary>
    private const int MaxLinkDepth = 40;

    /// <summary>The problem with building into <paramref name="output"/>, in plain words with the fix, or null when it is fine.</summary>
    /// <param name="output">--output as given (null: the default &lt;source&gt;/public).</param>
    /// <param name="source">The site folder.</param>
    /// <param name="force">--force: a folder with files the tool did not write is allowed (never the source cases).</param>
    public static string? Problem(string? output, string source, bool force)
    {
        if (output is not null && string.IsNullOrWhiteSpace(output))
        {
            return "--output is empty. Give the folder to build into, e.g. --output public, or leave the option out to build into <site>/public.";
        }

        var site = RealPath(source);
        var defaultOutput = Path.Combine(site, "public");
        var given = output ?? defaultOutput;
        var full = RealPath(given);
        var comparison = OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
        var suggestion = $"Build into a folder of its own, e.g. --output {defaultOutput} (the default).";

        if (string.Equals(full, site, comparison))
        {
            return $"--output '{given}' is the site folder itself; building there would replace site.yml and your content. {suggestion}";
        }

        if (IsInside(site, full, comparison))
        {
            return $"--output '{given}' contains the site folder {site}; the build replaces its output folder as a whole, which would take your site with it. {suggestion}";
        }

        if (InputFolders.FirstOrDefault(folder => IsInside(full, Path.Combine(site, folder), comparison) || string.Equals(full, Path.Combine(site, folder), comparison)) is { } input)
        {
            return $"--output '{given}' is in the site's {input}/ folder, which the build reads from. {suggestion}";
        }

        if (File.Exists(full))
        {
            return $"--output '{given}' is a file, not a folder. Give a folder: a new one, an empty one, or one an earlier build wrote.";
        }

        if (!force && Directory.Exists(full) && OutputManifest.Read(full) is null
            && Directory.EnumerateFileSystemEntries(full).Select(Path.GetFileName).Order(StringComparer.Ordinal).FirstOrDefault() is { } first)
        {
            return $"--output '{given}' already holds files that Arshjul did not write (such as '{first}'; there is no {OutputManifest.FileName} in it), "
                + "and a build replaces the whole folder. Build into a new or empty folder; if an older Arshjul built this one, delete it once; "
                + "or add --force to build there and keep the other files as they are.";
        }

        return null;
    }

    /// <summary>True when <paramref name="inner"/> is strictly below <paramref name="outer"/>.</summary>
    private static bool IsInside(string inner, string outer, StringComparison comparison)
    {
        var prefix = outer.EndsWith(Path.DirectorySeparatorChar) ? outer : outer + Path.DirectorySeparatorChar;
        return inner.StartsWith(prefix, comparison) && !string.Equals(inner, outer, comparison);
    }

    /// <summary>The absolute path with every symlink along it resolved, so a link to the site is seen as the site.</summary>
    public static string RealPath(string path) => RealPath(path, 0);

    private static string RealPath(string path, int depth)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full)!;
        var current = root;
        foreach (var segment in full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            current = Path.Combine(current, segment);
            var info = new FileInfo(current);
            if (depth >= MaxLinkDepth || info.LinkTarget is not { } target) continue;
            var resolved = Path.IsPathRooted(target) ? target : Path.Combine(Path.GetDirectoryName(current)!, target);
            current = RealPath(resolved, depth + 1);
        }

        return current.Length > root.Length ? current.TrimEnd(Path.DirectorySeparatorChar) : current;
    }
}
