using System.Collections.Concurrent;
using System.Globalization;
using Arshjul.Site.Content;
using Arshjul.Site.Diagnostics;

namespace Arshjul.Site.Calendar;

/// <summary>
/// When each source file last changed: the time of the last commit that touched it when the site
/// is a git checkout and the file is unchanged since that commit, otherwise its modification time.
/// Commit times make two clones (and a CI build) agree, where checkout mtimes would not.
/// Git is asked three times per build (shallow or not, history, status), never per file. All instants
/// are whole seconds. What makes the times less than right (a shallow checkout, a git that is missing
/// or fails) is a warning, because calendar apps rely on SEQUENCE rising exactly when content changes.
/// </summary>
public sealed class SourceTimes
{
    private static readonly StringComparer PathComparer =
        OperatingSystem.IsLinux() ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase;

    private static readonly StringComparison PathComparison =
        OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;

    private readonly IReadOnlyDictionary<string, DateTimeOffset> _committed;
    private readonly IReadOnlySet<string> _changed;
    private readonly ConcurrentDictionary<string, DateTimeOffset?> _folders = new(PathComparer);

    // The checkout's site folder and its path from the repository's top, to ask git again about one file.
    private readonly (string Root, string Prefix)? _checkout;

    private SourceTimes(IReadOnlyDictionary<string, DateTimeOffset> committed, IReadOnlySet<string> changed, (string Root, string Prefix)? checkout)
    {
        _committed = committed;
        _changed = changed;
        _checkout = checkout;
    }

    /// <summary>True when the times come from git history (for files that are committed and clean).</summary>
    public bool IsGitCheckout => _checkout is not null;

    /// <summary>Only modification times: for sites outside git, and tests. A new one each time, since it caches folder times.</summary>
    public static SourceTimes ModificationTimesOnly =>
        new(new Dictionary<string, DateTimeOffset>(), new HashSet<string>(), checkout: null);

    /// <summary>Reads the git history and status of the site once; falls back to modification times without git.</summary>
    public static SourceTimes Load(string siteRoot) => Load(siteRoot, diagnostics: null);

    /// <inheritdoc cref="Load(string)"/>
    /// <param name="diagnostics">Where the warnings about git go (a shallow checkout, a missing or failing git); null to drop them.</param>
    public static SourceTimes Load(string siteRoot, DiagnosticBag? diagnostics) => Load(siteRoot, diagnostics, GitRunner.Default);

    internal static SourceTimes Load(string siteRoot, DiagnosticBag? diagnostics, GitRunner git)
    {
        var root = Path.GetFullPath(siteRoot);
        if (!Directory.Exists(root)) return ModificationTimesOnly;

        // Without a .git at or above the site, it is not a checkout: modification times are all there is,
        // and git need not be asked (nor be installed).
        if (FindGitMarker(root) is not { } marker) return ModificationTimesOnly;
        var warn = new GitWarnings(diagnostics, Path.GetRelativePath(root, marker).Replace(Path.DirectorySeparatorChar, '/'));

        // The site may be a sub-folder of the repository: git prints paths from the repository's
        // top, so strip this prefix rather than comparing against a (possibly symlinked) top path.
        var head = git.Run(root, "rev-parse", "--is-shallow-repository", "--show-prefix");
        if (!head.Succeeded)
        {
            if (head.NotFound) warn.Missing(head.Problem!);
            else warn.Failed(head.Problem!, Path.GetDirectoryName(marker)!);
            return ModificationTimesOnly;
        }

        var answers = head.Output!.Split('\n');
        var prefix = answers.Length > 1 ? answers[1].TrimEnd('\r') : "";
        if (answers[0].Trim() == "true") warn.Shallow();

        var log = git.Run(root, "-c", "core.quotePath=false", "log", "--format=%x1e%ct", "--name-only", "--no-renames", "-z", "--", ".");
        var status = git.Run(root, "status", "--porcelain=v1", "-z", "--untracked-files=all", "--no-renames", "--", ".");
        if (!log.Succeeded || !status.Succeeded)
        {
            warn.Failed((log.Problem ?? status.Problem)!, Path.GetDirectoryName(marker)!);
            return ModificationTimesOnly;
        }

        // Deleted paths stay in the map (git log lists them under the commit that removed them): a
        // removal changes the items whose end came from the removed one (see LatestUnder).
        var committed = new Dictionary<string, DateTimeOffset>(PathComparer);
        foreach (var (time, path) in ParseLog(log.Output!))
        {
            var full = FullPath(root, prefix, path);
            if (full is null) continue;
            if (!committed.TryGetValue(full, out var known) || time > known) committed[full] = time;
        }

        var changed = new HashSet<string>(PathComparer);
        foreach (var path in ParseStatus(status.Output!))
        {
            if (FullPath(root, prefix, path) is { } full) changed.Add(full);
        }

        return new SourceTimes(committed, changed, (root, prefix));
    }

    /// <summary>
    /// The same history with one file's status asked of git again, for the dev server's text edit of that file: the
    /// history changes only with a commit, which changes no file, so the whole build before the edit read it as it
    /// still is (and a save outside git needs nothing asked). Null when git fails now: the whole build says why.
    /// </summary>
    public SourceTimes? WithStatusOf(string fullPath) => WithStatusOf(fullPath, GitRunner.Default);

    internal SourceTimes? WithStatusOf(string fullPath, GitRunner git)
    {
        if (_checkout is not { } checkout) return ModificationTimesOnly;
        var full = Path.GetFullPath(fullPath);
        // The path as it is, not as a pattern: a file name may hold '*' or '['.
        var status = git.Run(checkout.Root, "status", "--porcelain=v1", "-z", "--untracked-files=all", "--no-renames", "--",
            ":(literal)" + Path.GetRelativePath(checkout.Root, full).Replace(Path.DirectorySeparatorChar, '/'));
        if (!status.Succeeded) return null;
        var changed = new HashSet<string>(_changed, PathComparer);
        changed.Remove(full);
        foreach (var path in ParseStatus(status.Output!))
        {
            if (FullPath(checkout.Root, checkout.Prefix, path) is { } listed) changed.Add(listed);
        }

        return new SourceTimes(_committed, changed, checkout);
    }

    /// <summary>The nearest ".git" (a folder, or a file in worktrees and submodules) at or above the folder, or null.</summary>
    internal static string? FindGitMarker(string folder)
    {
        for (var dir = new DirectoryInfo(folder); dir is not null; dir = dir.Parent)
        {
            var marker = Path.Combine(dir.FullName, ".git");
            if (Directory.Exists(marker) || File.Exists(marker)) return marker;
        }

        return null;
    }

    /// <summary>
    /// The latest change git knows under a folder, removals included, and for a removal not yet
    /// committed (or outside git, where nothing else shows one) the folder's own modification time;
    /// null when there is none. Files that exist are counted through <see cref="LastChange(ContentDocument)"/>.
    /// </summary>
    public DateTimeOffset? LatestUnder(string folder) => _folders.GetOrAdd(Path.GetFullPath(folder), LatestUnderUncached);

    private DateTimeOffset? LatestUnderUncached(string folder)
    {
        var inside = folder.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        DateTimeOffset? latest = null;
        foreach (var (path, time) in _committed)
        {
            if (path.StartsWith(inside, PathComparison) && (latest is null || time > latest))
            {
                latest = time;
            }
        }

        var removedSinceCommit = _changed.Any(p => p.StartsWith(inside, PathComparison) && !File.Exists(p));
        if ((!IsGitCheckout || removedSinceCommit) && Directory.Exists(folder))
        {
            var folderTime = Truncate(new DateTimeOffset(Directory.GetLastWriteTimeUtc(folder), TimeSpan.Zero));
            if (latest is null || folderTime > latest) latest = folderTime;
        }

        return latest;
    }

    public DateTimeOffset LastChange(ContentDocument document) =>
        CommitTime(document.FullPath) ?? Truncate(document.LastWriteUtc);

    public DateTimeOffset LastChange(string fullPath) =>
        CommitTime(fullPath) ?? Truncate(new DateTimeOffset(File.GetLastWriteTimeUtc(fullPath), TimeSpan.Zero));

    /// <summary>The latest change among files, or null for none.</summary>
    public DateTimeOffset? Latest(IEnumerable<ContentDocument> documents)
    {
        DateTimeOffset? latest = null;
        foreach (var document in documents)
        {
            var time = LastChange(document);
            if (latest is null || time > latest) latest = time;
        }

        return latest;
    }

    private DateTimeOffset? CommitTime(string fullPath)
    {
        if (_committed.Count == 0) return null;
        var full = Path.GetFullPath(fullPath);
        if (_changed.Contains(full)) return null;
        return _committed.TryGetValue(full, out var time) ? time : null;
    }

    private static DateTimeOffset Truncate(DateTimeOffset time) =>
        DateTimeOffset.FromUnixTimeSeconds(time.ToUnixTimeSeconds());

    // "git log --format=%x1e%ct --name-only -z" writes, per commit: RS, the time, NUL, a newline,
    // then each path followed by NUL. A commit that touches nothing under the site has no paths.
    internal static IEnumerable<(DateTimeOffset Time, string Path)> ParseLog(string log)
    {
        foreach (var record in log.Split('\x1e', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = record.Split('\0');
            if (!long.TryParse(parts[0].Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds)) continue;
            var time = DateTimeOffset.FromUnixTimeSeconds(seconds);
            foreach (var part in parts.Skip(1))
            {
                var path = part.TrimStart('\n');
                if (path.Length > 0) yield return (time, path);
            }
        }
    }

    // "git status --porcelain=v1 -z --no-renames": "XY path" NUL per entry, paths from the repository's top.
    internal static IEnumerable<string> ParseStatus(string status)
    {
        foreach (var entry in status.Split('\0', StringSplitOptions.RemoveEmptyEntries))
        {
            if (entry.Length > 3) yield return entry[3..];
        }
    }

    private static string? FullPath(string root, string prefix, string repoPath)
    {
        if (!repoPath.StartsWith(prefix, StringComparison.Ordinal)) return null;
        var relative = repoPath[prefix.Length..].Replace('/', Path.DirectorySeparatorChar);
        return Path.GetFullPath(Path.Combine(root, relative));
    }
}
