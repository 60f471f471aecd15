namespace Arshjul.Site.Bench.Runs;

/// <summary>What a build wrote: every file with its size, as the floor needs them.</summary>
public sealed record OutputStats(IReadOnlyList<(string Path, long Length)> Files)
{
    public long Bytes => Files.Sum(f => f.Length);

    public int Pages => Files.Count(f => f.Path.EndsWith(".html", StringComparison.Ordinal));

    public int Calendars => Files.Count(f => f.Path.EndsWith(".ics", StringComparison.Ordinal));

    public static OutputStats Walk(string root)
    {
        var files = new DirectoryInfo(root).EnumerateFiles("*", SearchOption.AllDirectories)
            .Select(f => (Path.GetRelativePath(root, f.FullName), f.Length))
            .OrderBy(f => f.Item1, StringComparer.Ordinal)
            .ToList();
        return new OutputStats(files);
    }

    /// <summary>Files under <paramref name="root"/> modified at or after <paramref name="since"/>.</summary>
    public static int ModifiedSince(string root, DateTime since) =>
        new DirectoryInfo(root).EnumerateFiles("*", SearchOption.AllDirectories).Count(f => f.LastWriteTimeUtc >= since);
}
