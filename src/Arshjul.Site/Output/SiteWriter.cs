namespace Arshjul.Site.Output;

/// <summary>
/// Brings the output folder up to date with a finished build: writes a file only when its bytes
/// changed (keeps modification times for rsync and CDN uploads), and removes files no longer produced.
/// Called only after the whole build succeeded, so a failed build never touches the output.
/// </summary>
public static class SiteWriter
{
    public static WriteSummary Write(string outputRoot, IReadOnlyList<OutputFile> files, int parallelism)
    {
        Directory.CreateDirectory(outputRoot);
        var fullRoot = Path.GetFullPath(outputRoot);
        var written = 0;
        var unchanged = 0;
        long bytes = 0;
        Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, file =>
        {
            var full = Resolve(fullRoot, file.Path);
            if (IsSame(full, file.Content))
            {
                Interlocked.Increment(ref unchanged);
                return;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            // Write beside and rename, so a reader (the dev server, a browser) never sees half a file.
            var temporary = full + ".arshjul-tmp";
            File.WriteAllBytes(temporary, file.Content);
            File.Move(temporary, full, overwrite: true);
            Interlocked.Increment(ref written);
            Interlocked.Add(ref bytes, file.Content.Length);
        });

        var removed = RemoveStale(fullRoot, files);
        return new WriteSummary(written, unchanged, removed, bytes);
    }

    /// <summary>The full path of an output file, refusing anything that would land outside the output folder.</summary>
    public static string Resolve(string fullRoot, string relativePath)
    {
        var full = Path.GetFullPath(Path.Combine(fullRoot, relativePath));
        var rootWithSeparator = fullRoot.EndsWith(Path.DirectorySeparatorChar) ? fullRoot : fullRoot + Path.DirectorySeparatorChar;
        if (!full.StartsWith(rootWithSeparator, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"The output path '{relativePath}' would leave the output folder.");
        }

        return full;
    }

    private static bool IsSame(string path, byte[] content)
    {
        var info = new FileInfo(path);
        if (!info.Exists || info.Length != content.Length) return false;
        return File.ReadAllBytes(path).AsSpan().SequenceEqual(content);
    }

    private static int RemoveStale(string fullRoot, IReadOnlyList<OutputFile> files)
    {
        var keep = new HashSet<string>(files.Select(f => Resolve(fullRoot, f.Path)), StringComparer.Ordinal);
        var removed = 0;
        foreach (var existing in Directory.EnumerateFiles(fullRoot, "*", SearchOption.AllDirectories))
        {
            if (keep.Contains(existing)) continue;
            File.Delete(existing);
            removed++;
        }

        // Deepest first, so emptied parents go too.
        foreach (var directory in Directory.EnumerateDirectories(fullRoot, "*", SearchOption.AllDirectories).OrderByDescending(d => d.Length))
        {
            if (!Directory.EnumerateFileSystemEntries(directory).Any()) Directory.Delete(directory);
        }

        return removed;
    }
}
