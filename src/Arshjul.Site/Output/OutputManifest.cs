using System.Text;

namespace Arshjul.Site.Output;

/// <summary>
/// The list of files a build wrote, kept in the output folder as <see cref="FileName"/>. It is how the
/// tool knows which files are its own: it never deletes a file of the output that the list does not name,
/// and a non-empty folder without the list is somebody else's (refused unless --force).
/// </summary>
public static class OutputManifest
{
    public const string FileName = ".arshjul-manifest";

    private const string Header = "# The files arshjul wrote into this folder, one path a line; it deletes no other file here.";

    /// <summary>The manifest's bytes: the header, then the paths in ordinal order, so the same site gives the same file.</summary>
    public static byte[] Render(IEnumerable<string> paths)
    {
        var text = new StringBuilder(Header).Append('\n');
        foreach (var path in paths.Order(StringComparer.Ordinal)) text.Append(path).Append('\n');
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>Whether the folder has a manifest (a symlink does not count), without reading it.</summary>
    public static bool Exists(string outputRoot) => Find(outputRoot) is not null;

    /// <summary>The paths listed in the folder's manifest, or null when it has none (a symlink does not count).</summary>
    public static HashSet<string>? Read(string outputRoot)
    {
        if (Find(outputRoot) is not { } file) return null;
        return File.ReadAllLines(file.FullName, Encoding.UTF8)
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .ToHashSet(StringComparer.Ordinal);
    }

    private static FileInfo? Find(string outputRoot)
    {
        var file = new FileInfo(Path.Combine(outputRoot, FileName));
        return file.Exists && file.LinkTarget is null ? file : null;
    }
}
