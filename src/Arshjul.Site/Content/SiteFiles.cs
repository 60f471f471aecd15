using Arshjul.Site.Diagnostics;

namespace Arshjul.Site.Content;

/// <summary>
/// The one way site input is listed and read (site.yml, content/, static/, layouts/, i18n/, themes/):
/// git stores symbolic links, so a pull request can add one, and what it points to must never be
/// read or published unless it is inside the site folder. Named pipes, sockets and devices are
/// skipped without being opened (a pipe blocks, /dev/zero never ends), and every read is bounded.
/// Paths are site-relative and '/'-separated; every problem is reported at the path of the link
/// or file, and its content is never quoted.
/// </summary>
public sealed class SiteFiles
{
    /// <summary>Markdown, YAML and templates: far above any real text (a long programme is ~100 KB), far below what hurts (a 50 MB body took 300 s).</summary>
    public const long TextLimit = 4L * 1024 * 1024;

    /// <summary>Files under static/ are copied as they are; a video belongs on a video host.</summary>
    public const long StaticLimit = 100L * 1024 * 1024;

    // Linux gives up after 40 links in one path, too.
    private const int MaxLinkHops = 40;

    private readonly string _realRoot;
    private readonly DiagnosticBag _diagnostics;

    public SiteFiles(string siteRoot, DiagnosticBag diagnostics)
        : this(Path.GetFullPath(siteRoot), null, diagnostics)
    {
    }

    private SiteFiles(string root, string? realRoot, DiagnosticBag diagnostics)
    {
        Root = root;
        _realRoot = realRoot ?? RealPath(root) ?? root;
        _diagnostics = diagnostics;
    }

    /// <summary>The site folder as given (full path).</summary>
    public string Root { get; }

    /// <summary>The same files, reporting into another bag (a file's own, to tell whether it read cleanly).</summary>
    public SiteFiles ReportingTo(DiagnosticBag diagnostics) => new(Root, _realRoot, diagnostics);

    /// <summary>The path on disk of a site-relative path, for reading metadata such as the time it was written.</summary>
    public string FullPath(string path) => Path.Combine(Root, path.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>
    /// The files under <paramref name="folder"/>, as sorted paths relative to it; links that leave the site,
    /// loops and special files are reported and left out. <paramref name="ignore"/> sees each relative
    /// path before anything is reported about it, so hidden files stay silent.
    /// </summary>
    public IReadOnlyList<string> List(string folder, Func<string, bool>? ignore = null)
    {
        var start = Resolve(folder);
        if (start.Kind != FileKind.Directory)
        {
            if (start.Kind is not FileKind.Missing and not FileKind.Regular) Report(start);
            return [];
        }

        var files = new List<string>();
        Walk(start.RealPath, folder, "", [start.RealPath], ignore, files);
        files.Sort(StringComparer.Ordinal);
        return files;
    }

    /// <summary>
    /// True when there is a file at the path, or something reading it will report (a link out of the site,
    /// a loop). A pipe or device is reported here and counts as absent, so a reader falls back as if it
    /// were not there (a layout to the theme's, a site i18n file to the theme's strings).
    /// </summary>
    public bool Exists(string path)
    {
        var found = Resolve(path);
        if (found is { Kind: FileKind.Special, Problem: null }) Report(found);
        return found is { Problem: not null } or { Kind: not FileKind.Missing and not FileKind.Directory and not FileKind.Special };
    }

    /// <summary>True when the path is a folder inside the site.</summary>
    public bool IsFolder(string path) => Resolve(path) is { Kind: FileKind.Directory, Problem: null };

    /// <summary>The bytes of a file, or null after reporting why it cannot be used.</summary>
    public byte[]? Read(string path, long limit)
    {
        var found = Resolve(path);
        if (found.Problem is not null || found.Kind != FileKind.Regular)
        {
            Report(found);
            return null;
        }

        if (found.Size > limit) return TooLarge(path, limit);
        try
        {
            using var stream = new FileStream(found.RealPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 0);

            // Read straight into an array of the size the file has (no copy buffer: an 80 KB one per file was
            // a gigabyte of garbage at 13,000 files). The size is only a hint: a file can shrink or grow while
            // it is read, and some report 0, so a file that has more goes on into a growing stream.
            var bytes = new byte[(int)Math.Min(found.Size, limit)];
            var total = 0;
            int read;
            while (total < bytes.Length && (read = stream.Read(bytes, total, bytes.Length - total)) > 0) total += read;
            if (total < bytes.Length) return bytes[..total];
            var next = stream.ReadByte();
            if (next < 0) return bytes;

            using var more = new MemoryStream(bytes.Length * 2 + 1);
            more.Write(bytes);
            more.WriteByte((byte)next);
            var chunk = new byte[16384];
            while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                more.Write(chunk, 0, read);
                if (more.Length > limit) return TooLarge(path, limit);
            }

            return more.Length > limit ? TooLarge(path, limit) : more.ToArray();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Unreadable(path, e is UnauthorizedAccessException);
            return null;
        }
    }

    /// <summary>A text source (Markdown, YAML, a template) decoded as UTF-8, or null after a diagnostic.</summary>
    public string? ReadText(string path) =>
        Read(path, TextLimit) is { } bytes ? SourceTextReader.Decode(bytes, path, _diagnostics) : null;

    private void Walk(string realFolder, string folder, string prefix, HashSet<string> ancestors, Func<string, bool>? ignore, List<string> files)
    {
        List<string> names;
        try
        {
            names = Directory.EnumerateFileSystemEntries(realFolder).Select(e => Path.GetFileName(e)).ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Unreadable(prefix.Length == 0 ? folder : folder + "/" + prefix.TrimEnd('/'), e is UnauthorizedAccessException);
            return;
        }

        foreach (var name in names)
        {
            var relative = prefix + name;
            if (ignore?.Invoke(relative) == true) continue;
            var found = Step(realFolder, name, folder + "/" + relative);
            if (found.Problem is null && found.Kind == FileKind.Regular)
            {
                files.Add(relative);
            }
            else if (found.Problem is null && found.Kind == FileKind.Directory && ancestors.Any(a => Holds(found.RealPath, a)))
            {
                // A link to the folder being listed or one that holds it (static/up -> ..): following it would
                // never end, or would publish the site's own sources from the folder above.
                Report(found with { Problem = FileKind.Loop });
            }
            else if (found.Problem is null && found.Kind == FileKind.Directory)
            {
                ancestors.Add(found.RealPath);
                Walk(found.RealPath, folder, relative + "/", ancestors, ignore, files);
                ancestors.Remove(found.RealPath);
            }
            else
            {
                Report(found);
            }
        }
    }

    /// <summary>Follows a site-relative path one name at a time from the site's real folder, checking each link on the way.</summary>
    private Found Resolve(string path)
    {
        var current = new Found(FileKind.Directory, _realRoot, 0, "", null);
        var at = "";
        foreach (var name in path.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (current.Kind != FileKind.Directory) return current with { Kind = FileKind.Missing };
            at = at.Length == 0 ? name : at + "/" + name;
            current = Step(current.RealPath, name, at);
            if (current.Problem is not null || current.Kind == FileKind.Missing) return current;
        }

        return current;
    }

    private Found Step(string realFolder, string name, string at)
    {
        if (name is "." or "..") return new Found(FileKind.Missing, "", 0, at, null);
        var full = Path.Combine(realFolder, name);
        var (kind, size) = FileStatus.Of(full, followLinks: false);
        if (kind != FileKind.SymbolicLink) return new Found(kind, full, size, at, null);

        var real = RealPath(full);
        if (real is null) return new Found(kind, full, 0, at, FileKind.Loop);
        if (!IsInside(real)) return new Found(kind, full, 0, at, FileKind.SymbolicLink);
        var (target, targetSize) = FileStatus.Of(real, followLinks: true);
        return target == FileKind.Missing
            ? new Found(kind, full, 0, at, FileKind.Missing)
            : new Found(target, real, targetSize, at, null);
    }

    // Inside the site, and not in its .git folder: a CI checkout keeps its access token in .git/config.
    private bool IsInside(string realPath) => Holds(_realRoot, realPath) && !Holds(Path.Combine(_realRoot, ".git"), realPath);

    /// <summary>True when <paramref name="path"/> is <paramref name="folder"/> or lies inside it (both real paths).</summary>
    private static bool Holds(string folder, string path) =>
        path == folder || path.StartsWith(folder.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private void Report(Found found)
    {
        var at = SourceLocation.StartOf(found.At.Length == 0 ? "." : found.At);
        switch (found.Problem ?? found.Kind)
        {
            case FileKind.SymbolicLink:
                _diagnostics.Error(DiagnosticCodes.LinkOutsideSite, at,
                    "This is a symbolic link that points outside the site folder (or into its .git folder); what it points to is not read or published.",
                    "Copy the file into the site instead of linking to it.");
                break;
            case FileKind.Loop:
                _diagnostics.Error(DiagnosticCodes.LinkLoop, at,
                    "This symbolic link leads round in a loop (to a folder that holds it), so there is no file to read.",
                    "Remove the link, or point it at a file in the site.");
                break;
            case FileKind.Missing when found.Problem is not null:
                _diagnostics.Error(DiagnosticCodes.BrokenSymbolicLink, at,
                    "This symbolic link points to a file that does not exist.",
                    "Remove the link, or copy the file it should point to into the site.");
                break;
            case FileKind.Special:
                _diagnostics.Warning(DiagnosticCodes.SpecialFile, at,
                    "This is not an ordinary file (it is a named pipe, a socket or a device), so it is skipped.",
                    "Remove it from the site folder; only ordinary files are read.");
                break;
            case FileKind.Inaccessible:
                Unreadable(found.At, permission: true);
                break;
            case FileKind.Directory:
                _diagnostics.Error(DiagnosticCodes.UnreadableFile, at, "This is a folder where a file was expected.");
                break;
            case FileKind.Missing:
                Unreadable(found.At, permission: false);
                break;
        }
    }

    private byte[]? TooLarge(string path, long limit)
    {
        var what = limit == StaticLimit ? "a file under static/" : "a text file";
        _diagnostics.Error(DiagnosticCodes.FileTooLarge, SourceLocation.StartOf(path),
            $"The file is larger than {(limit >= 1024 * 1024 ? $"{limit / (1024 * 1024)} MB" : $"{limit} bytes")}, the limit for {what}.",
            limit == StaticLimit
                ? "Put large files (videos, archives) on a file host and link to them."
                : "Split the text into smaller files, or move long material into a PDF under static/.");
        return null;
    }

    private void Unreadable(string path, bool permission) =>
        _diagnostics.Error(DiagnosticCodes.UnreadableFile, SourceLocation.StartOf(path),
            permission ? "The file cannot be read: permission denied." : "The file could not be read.",
            permission ? "Give your user permission to read it (e.g. chmod a+r)." : "Check that the file is still there and the disk is working.");

    /// <summary>The path with every symbolic link resolved, or null when the links loop.</summary>
    private static string? RealPath(string path)
    {
        var full = Path.GetFullPath(path);
        var current = Path.GetPathRoot(full)!;
        var pending = new Stack<string>(Names(full[current.Length..]).Reverse());
        var hops = 0;
        while (pending.TryPop(out var name))
        {
            if (name == ".") continue;
            if (name == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }

            var next = Path.Combine(current, name);
            string? target;
            try
            {
                target = new FileInfo(next).LinkTarget;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                target = null;
            }

            if (target is null)
            {
                current = next;
                continue;
            }

            if (++hops > MaxLinkHops) return null;
            if (Path.IsPathRooted(target)) current = Path.GetPathRoot(target)!;
            foreach (var part in Names(Path.IsPathRooted(target) ? target[Path.GetPathRoot(target)!.Length..] : target).Reverse()) pending.Push(part);
        }

        return current;
    }

    private static string[] Names(string path) =>
        path.Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries);

    /// <param name="Kind">What is there, links followed.</param>
    /// <param name="RealPath">Where it is on disk, links resolved.</param>
    /// <param name="At">The site-relative path reported: the link itself when a link is the problem.</param>
    /// <param name="Problem">Why it must not be read: <see cref="FileKind.SymbolicLink"/> for a link leaving the site, a loop, or a link to nothing (Missing).</param>
    private readonly record struct Found(FileKind Kind, string RealPath, long Size, string At, FileKind? Problem);
}
