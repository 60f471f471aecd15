using System.Collections.Concurrent;

namespace Arshjul.Site.Output;

/// <summary>
/// Writes a build's files as they are rendered, without holding them in memory, and without touching
/// the output folder until the build has succeeded: changed files go to a staging folder beside the
/// output; <see cref="Commit"/> moves them in (and removes files no longer produced), <see cref="Abort"/>
/// throws them away. A file whose bytes did not change is not written at all, which keeps its
/// modification time for rsync and CDN uploads.
/// </summary>
public sealed class StagedOutput : IOutputSink, IDisposable
{
    private readonly string _root;
    private readonly string _staging;
    private readonly bool _fresh;
    private readonly ConcurrentDictionary<string, bool> _produced = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _staged = new();
    private int _unchanged;
    private long _bytes;
    private bool _done;

    public StagedOutput(string outputRoot)
    {
        _root = Path.GetFullPath(outputRoot).TrimEnd(Path.DirectorySeparatorChar);
        _staging = _root + ".arshjul-staging";
        if (Directory.Exists(_staging)) Directory.Delete(_staging, recursive: true);
        // Into an empty or missing folder the whole staging folder can be moved in one rename.
        _fresh = !Directory.Exists(_root) || !Directory.EnumerateFileSystemEntries(_root).Any();
    }

    public void Add(OutputFile file)
    {
        var target = Resolve(_root, file.Path);
        if (!_produced.TryAdd(file.Path, true)) throw new InvalidOperationException($"Two outputs want the same path '{file.Path}'.");
        if (!_fresh && IsSame(target, file.Content))
        {
            Interlocked.Increment(ref _unchanged);
            return;
        }

        var staged = Path.Combine(_staging, file.Path);
        Directory.CreateDirectory(Path.GetDirectoryName(staged)!);
        File.WriteAllBytes(staged, file.Content);
        _staged.Enqueue(file.Path);
        Interlocked.Add(ref _bytes, file.Content.Length);
    }

    /// <summary>Moves the staged files into the output folder.</summary>
    /// <param name="removeStale">Also delete files the build did not produce (a full build); an incremental one keeps them.</param>
    public WriteSummary Commit(bool removeStale)
    {
        _done = true;
        var written = _staged.Count;
        if (_fresh)
        {
            if (Directory.Exists(_root)) Directory.Delete(_root);
            if (Directory.Exists(_staging)) Directory.Move(_staging, _root);
            else Directory.CreateDirectory(_root);
            return new WriteSummary(written, _unchanged, 0, _bytes);
        }

        foreach (var path in _staged.Order(StringComparer.Ordinal))
        {
            var target = Resolve(_root, path);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Move(Path.Combine(_staging, path), target, overwrite: true);
        }

        if (Directory.Exists(_staging)) Directory.Delete(_staging, recursive: true);
        var removed = removeStale ? RemoveStale() : 0;
        return new WriteSummary(written, _unchanged, removed, _bytes);
    }

    public void Abort()
    {
        _done = true;
        if (Directory.Exists(_staging)) Directory.Delete(_staging, recursive: true);
    }

    public void Dispose()
    {
        if (!_done) Abort();
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

    private int RemoveStale()
    {
        var removed = 0;
        foreach (var existing in Directory.EnumerateFiles(_root, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(_root, existing).Replace('\\', '/');
            if (_produced.ContainsKey(relative)) continue;
            File.Delete(existing);
            removed++;
        }

        // Deepest first, so emptied parents go too.
        foreach (var directory in Directory.EnumerateDirectories(_root, "*", SearchOption.AllDirectories).OrderByDescending(d => d.Length))
        {
            if (!Directory.EnumerateFileSystemEntries(directory).Any()) Directory.Delete(directory);
        }

        return removed;
    }
}
