namespace Arshjul.Site.Tests.Output;

/// <summary>
/// Every entry under a folder, without following symlinks: a file by its bytes, a symlink by its target, a folder
/// as itself. Two equal snapshots mean byte-identical trees.
/// </summary>
internal static class FolderSnapshot
{
    public static SortedDictionary<string, string> Of(string root)
    {
        var entries = new SortedDictionary<string, string>(StringComparer.Ordinal);
        Walk(new DirectoryInfo(root), root, entries);
        return entries;
    }

    /// <summary>The work folders and old-style staging folders beside an output folder (there should be none).</summary>
    public static List<string> Leftovers(string output) =>
        Directory.EnumerateFileSystemEntries(Path.GetDirectoryName(output)!)
            .Select(Path.GetFileName)
            .Where(name => name!.Contains(".arshjul-next-", StringComparison.Ordinal))
            .Select(name => name!)
            .ToList();

    private static void Walk(DirectoryInfo folder, string root, SortedDictionary<string, string> entries)
    {
        foreach (var entry in folder.EnumerateFileSystemInfos())
        {
            var relative = Path.GetRelativePath(root, entry.FullName).Replace('\\', '/');
            if (entry.LinkTarget is { } target) entries[relative] = "link → " + target;
            else if (entry is DirectoryInfo directory)
            {
                entries[relative + "/"] = "folder";
                Walk(directory, root, entries);
            }
            else entries[relative] = Convert.ToHexString(File.ReadAllBytes(entry.FullName));
        }
    }
}
