using System.Buffers;
using System.Collections.Concurrent;

namespace Arshjul.Site.Output;

/// <summary>
/// Writes a build's files as they are rendered and publishes them only when the build has succeeded, so the
/// output folder shows the old site or the new one, never a mix.
/// <para>
/// A full build makes the whole new site in a <see cref="WorkFolder"/> beside the output: changed files are
/// written, unchanged ones hard-linked from the old output (same inode and modification time, so rsync and CDN
/// uploads skip them), and files the tool did not write (put there with --force, or beside its files later) are carried over as they are. With
/// the manifest written, the two folders are swapped in one atomic exchange where the system offers it, else
/// by two renames, and the old site is deleted with the work folder. A killed build leaves the old output as it
/// was and its work folder behind, which the next build removes (<see cref="Recover"/>).
/// </para>
/// <para>
/// An incremental build (the dev server's, into its private temporary folder) writes its few changed files into
/// the output one rename each: the set of files is the same by construction, nobody publishes that folder, and a
/// copy of the whole site per keystroke would cost more than the render.
/// </para>
/// </summary>
public sealed class SiteWriter : IOutputSink, IDisposable
{
    /// <summary>The test hold point "render" waits after this many files, so the work folder is half full.</summary>
    private const int RenderHoldAfter = 5;

    private readonly string _root;
    private readonly bool _inPlace;
    private readonly CancellationToken _cancellation;
    private readonly HashSet<string>? _previous;
    private readonly WorkFolder _work;
    private readonly ConcurrentDictionary<string, bool> _produced = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _written = new();
    private int _added;
    private int _unchanged;
    private long _bytes;
    private bool _done;

    /// <param name="outputRoot">The output folder; a symlink to a folder is followed once, so the link stays and its target is replaced.</param>
    /// <param name="inPlace">An incremental build: move the changed files in one by one, delete nothing.</param>
    /// <param name="force">The folder may hold files the tool did not write; they are kept.</param>
    public SiteWriter(string outputRoot, bool inPlace = false, bool force = false, CancellationToken cancellation = default)
    {
        _root = Canonical(outputRoot);
        _inPlace = inPlace;
        _cancellation = cancellation;
        _work = Io("prepare", () =>
        {
            Recover(_root);
            if (File.Exists(_root)) throw new IOException($"{_root} is a file, not a folder.");
            return WorkFolder.Create(_root);
        });
        // Writing in place deletes nothing and keeps the manifest as it is, so it needs only to know the folder is the
        // tool's: the dev server's text edits would otherwise read every path of the site (152,000 at L) per save.
        _previous = inPlace ? null : Io("read the manifest of", () => OutputManifest.Read(_root));
        var owned = inPlace ? OutputManifest.Exists(_root) : _previous is not null;

        // The command checks this before any work; the writer refuses too, so no caller can empty a stranger's folder.
        if (!force && !owned && Directory.Exists(_root) && Directory.EnumerateFileSystemEntries(_root).Any())
        {
            _work.Delete();
            throw new InvalidOperationException($"The output folder {_root} holds files Arshjul did not write (it has no {OutputManifest.FileName}).");
        }
    }

    /// <summary>Removes what killed builds left beside <paramref name="outputRoot"/>, putting a parked old output back first.</summary>
    public static void Recover(string outputRoot)
    {
        var root = Canonical(outputRoot);
        Io(root, "clean up beside", () => WorkFolder.Recover(root));
    }

    public void Add(OutputFile file)
    {
        _cancellation.ThrowIfCancellationRequested();
        var target = Resolve(_root, file.Path);
        var staged = Resolve(_work.Site, file.Path);
        if (!_produced.TryAdd(file.Path, true)) throw new InvalidOperationException($"Two outputs want the same path '{file.Path}'.");
        var added = Interlocked.Increment(ref _added);
        Io("write", () =>
        {
            if (added == RenderHoldAfter) TestHold.At(TestHold.Render, _cancellation);
            if (IsSame(target, file.Content))
            {
                Interlocked.Increment(ref _unchanged);
                if (!_inPlace) LinkOrCopy(target, staged);
                return;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(staged)!);
            File.WriteAllBytes(staged, file.Content);
            _written.Enqueue(file.Path);
            Interlocked.Add(ref _bytes, file.Content.Length);
        });
    }

    /// <summary>Publishes the new site. A signal after this point no longer stops the build: the swap is short and must finish.</summary>
    public WriteSummary Commit()
    {
        _cancellation.ThrowIfCancellationRequested();
        _done = true;
        return Io("publish", () =>
        {
            if (_inPlace) return CommitInPlace();

            CarryOverForeignFiles(string.Empty);
            File.WriteAllBytes(Path.Combine(_work.Site, OutputManifest.FileName), OutputManifest.Render(_produced.Keys));
            TestHold.At(TestHold.Staged, CancellationToken.None);
            Swap();
            TestHold.At(TestHold.Swapped, CancellationToken.None);
            _work.Delete();
            var removed = _previous?.Count(path => !_produced.ContainsKey(path)) ?? 0;
            return new WriteSummary(_written.Count, _unchanged, removed, _bytes);
        });
    }

    /// <summary>Throws the build away: the work folder goes, the output stays as it was.</summary>
    public void Abort()
    {
        _done = true;
        _work.Delete();
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

    private WriteSummary CommitInPlace()
    {
        foreach (var path in _written.Order(StringComparer.Ordinal))
        {
            var target = Resolve(_root, path);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Move(Resolve(_work.Site, path), target, overwrite: true);
        }

        _work.Delete();
        return new WriteSummary(_written.Count, _unchanged, 0, _bytes);
    }

    /// <summary>Puts the new site at the output path, keeping the old one (now in the work folder) until it is in place.</summary>
    private void Swap()
    {
        if (!Path.Exists(_root))
        {
            Directory.Move(_work.Site, _root);
            return;
        }

        if (NativeFiles.TryExchange(_work.Site, _root)) return;

        // No atomic exchange here: a short moment without an output, which Recover undoes if the build dies in it.
        Directory.Move(_root, _work.Aside);
        TestHold.At(TestHold.Aside, CancellationToken.None);
        Directory.Move(_work.Site, _root);
    }

    /// <summary>
    /// Links every entry of the old output that neither the old manifest nor this build names into the new site,
    /// as it is (a symlink as a symlink, never followed; an empty folder as an empty folder, as the tool writes
    /// none). Such files exist only where someone put them: with --force, or later beside the tool's files. Where
    /// the new site has a file at the same path, the new file wins: that is what --force agreed to.
    /// </summary>
    private void CarryOverForeignFiles(string relativeFolder)
    {
        var folder = Path.Combine(_root, relativeFolder);
        if (!FileTree.IsRealDirectory(folder)) return;
        var entries = new DirectoryInfo(folder).EnumerateFileSystemInfos().ToList();
        if (entries.Count == 0 && relativeFolder.Length > 0) Directory.CreateDirectory(Resolve(_work.Site, relativeFolder));
        foreach (var entry in entries)
        {
            var relative = relativeFolder.Length == 0 ? entry.Name : relativeFolder + "/" + entry.Name;
            if (entry is DirectoryInfo && entry.LinkTarget is null)
            {
                CarryOverForeignFiles(relative);
                continue;
            }

            if (relative == OutputManifest.FileName || _produced.ContainsKey(relative) || (_previous?.Contains(relative) ?? false)) continue;
            var staged = Resolve(_work.Site, relative);
            if (Path.Exists(staged)) continue;
            LinkOrCopy(entry.FullName, staged);
        }
    }

    /// <summary>A hard link keeps the very file (inode, times); a copy with the same times where links are impossible.</summary>
    private static void LinkOrCopy(string existing, string copy)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
        if (NativeFiles.TryHardLink(existing, copy)) return;
        var info = new FileInfo(existing);
        if (info.LinkTarget is { } linkTarget)
        {
            File.CreateSymbolicLink(copy, linkTarget);
            return;
        }

        File.Copy(existing, copy);
        File.SetLastWriteTimeUtc(copy, info.LastWriteTimeUtc);
    }

    /// <summary>
    /// True when the old output has a regular file (not a symlink) at this path with exactly these bytes. Read in
    /// pieces up to the first difference: "my programme" is megabytes per language, and an edit changes it somewhere.
    /// </summary>
    private static bool IsSame(string path, byte[] content)
    {
        var info = new FileInfo(path);
        if (!info.Exists || info.LinkTarget is not null || info.Length != content.Length) return false;
        using var file = File.OpenHandle(path);
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Clamp(content.Length, 1, CompareChunk));
        try
        {
            for (var at = 0; at < content.Length;)
            {
                var read = RandomAccess.Read(file, buffer.AsSpan(0, Math.Min(buffer.Length, content.Length - at)), at);
                if (read == 0 || !buffer.AsSpan(0, read).SequenceEqual(content.AsSpan(at, read))) return false;
                at += read;
            }

            return RandomAccess.Read(file, buffer.AsSpan(0, 1), content.Length) == 0;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private const int CompareChunk = 256 * 1024;

    private static string Canonical(string outputRoot)
    {
        var full = Path.GetFullPath(outputRoot).TrimEnd(Path.DirectorySeparatorChar);
        var info = new DirectoryInfo(full);
        return info.LinkTarget is not null && info.ResolveLinkTarget(returnFinalTarget: true) is { Exists: true } target ? target.FullName : full;
    }

    /// <summary>File-system failures (a full disk, no permission) become <see cref="OutputWriteException"/>, which the command reports plainly.</summary>
    private static T Io<T>(string root, string what, Func<T> work)
    {
        try
        {
            return work();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException && e is not OutputWriteException)
        {
            throw new OutputWriteException($"could not {what} the output folder {root}: {e.Message}", e);
        }
    }

    private static void Io(string root, string what, Action work) => Io(root, what, () =>
    {
        work();
        return 0;
    });

    private T Io<T>(string what, Func<T> work) => Io(_root, what, work);

    private void Io(string what, Action work) => Io(_root, what, work);
}
