using System.Globalization;
using Arshjul.Site.Content;

namespace Arshjul.Site.Calendar;

/// <summary>
/// When each source file last changed: the time of the last commit that touched it when the site
/// is a git checkout and the file is unchanged since that commit, otherwise its modification time.
/// Commit times make two clones (and a CI build) agree, where checkout mtimes would not.
/// Git is asked twice per build (history and status), never per file. All instants are whole seconds.
/// </summary>
public sealed class SourceTimes
{
    private static readonly StringComparer PathComparer =
        OperatingSystem.IsLinux() ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase;

    private readonly IReadOnlyDictionary<string, DateTimeOffset> _committed;
    private readonly IReadOnlySet<string> _changed;

    private SourceTimes(IReadOnlyDictionary<string, DateTimeOffset> committed, IReadOnlySet<string> changed, bool isGitCheckout)
    {
        _committed = committed;
        _changed = changed;
        IsGitCheckout = isGitCheckout;
    }

    /// <summary>True when the times come from git history (for files that are committed and clean).</summary>
    public bool IsGitCheckout { get; }

    /// <summary>Only modification times: for sites outside git, and tests.</summary>
    public static SourceTimes ModificationTimesOnly { get; } =
        new(new Dictionary<string, DateTimeOffset>(), new HashSet<string>(), isGitCheckout: false);

    /// <summary>Reads the git history and status of the site once; falls back to modification times without git.</summary>
    public static SourceTimes Load(string siteRoot)
    {
        var root = Path.GetFullPath(siteRoot);
        if (!Directory.Exists(root)) return ModificationTimesOnly;

        // The site may be a sub-folder of the repository: git prints paths from the repository's
        // top, so strip this prefix rather than comparing against a (possibly symlinked) top path.
        var prefix = GitRunner.Run(root, "rev-parse", "--show-prefix")?.TrimEnd('\n', '\r');
        if (prefix is null) return ModificationTimesOnly;

        var log = GitRunner.Run(root, "-c", "core.quotePath=false", "log", "--format=%x1e%ct", "--name-only", "--no-renames", "-z", "--", ".");
        var status = GitRunner.Run(root, "status", "--porcelain=v1", "-z", "--untracked-files=all", "--no-renames", "--", ".");
        if (log is null || status is null) return ModificationTimesOnly;

        var committed = new Dictionary<string, DateTimeOffset>(PathComparer);
        foreach (var (time, path) in ParseLog(log))
        {
            var full = FullPath(root, prefix, path);
            if (full is null) continue;
            if (!committed.TryGetValue(full, out var known) || time > known) committed[full] = time;
        }

        var changed = new HashSet<string>(PathComparer);
        foreach (var path in ParseStatus(status))
        {
            if (FullPath(root, prefix, path) is { } full) changed.Add(full);
        }

        return new SourceTimes(committed, changed, isGitCheckout: true);
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
