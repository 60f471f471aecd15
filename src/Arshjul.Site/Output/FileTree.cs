namespace Arshjul.Site.Output;

/// <summary>Deletes a folder tree the tool owns without ever following a symbolic link out of it.</summary>
internal static class FileTree
{
    /// <summary>
    /// Removes <paramref name="path"/> and everything under it. A symlink (to a file or a folder) is removed as
    /// a link: the files it points at are never descended into, wherever they are.
    /// </summary>
    public static void Delete(string path)
    {
        var info = new DirectoryInfo(path);
        if (info.LinkTarget is not null)
        {
            File.Delete(path);
            return;
        }

        if (!info.Exists) return;
        foreach (var entry in info.EnumerateFileSystemInfos())
        {
            if (entry is DirectoryInfo && entry.LinkTarget is null) Delete(entry.FullName);
            else File.Delete(entry.FullName);
        }

        info.Delete();
    }

    /// <summary>True for a real folder, not a symlink to one.</summary>
    public static bool IsRealDirectory(string path)
    {
        var info = new DirectoryInfo(path);
        return info.Exists && info.LinkTarget is null;
    }
}
