using System.Globalization;

namespace Arshjul.Site.Output;

/// <summary>
/// A build's own folder beside the output, <c>&lt;parent&gt;/.&lt;name&gt;.arshjul-next-&lt;unique&gt;</c>, marked as the
/// tool's by a marker file inside it. It holds the new site (<see cref="Site"/>) until the swap, then the old one
/// until it is deleted; a two-rename publish parks the old output in <see cref="Aside"/> for a moment.
/// Being beside the output keeps it on the same file system, so hard links and renames work.
/// </summary>
internal sealed class WorkFolder
{
    public const string MarkerName = ".arshjul-work";

    private const string ProcessKey = "process: ";

    private WorkFolder(string root) => Root = root;

    public string Root { get; }

    /// <summary>The new site as it is built; after an exchange, the old one.</summary>
    public string Site => Path.Combine(Root, "site");

    /// <summary>Where the two-rename publish parks the old output between its two steps.</summary>
    public string Aside => Path.Combine(Root, "old");

    public static WorkFolder Create(string output)
    {
        var folder = new WorkFolder(Path.Combine(ParentOf(output), Prefix(output) + Guid.NewGuid().ToString("N")));
        Directory.CreateDirectory(folder.Root);
        File.WriteAllText(Path.Combine(folder.Root, MarkerName),
            $"A build of arshjul works here for {output}; it removes this folder when done.\n{ProcessKey}{Environment.ProcessId}\n");
        Directory.CreateDirectory(folder.Site);
        return folder;
    }

    /// <summary>
    /// Cleans up after builds that were killed: when the output is missing and a work folder holds the old
    /// output parked aside, that goes back first; then every marked work folder of this output is deleted.
    /// A folder with the right name but without the marker is not ours and stays; one whose build is still
    /// running (another process writing the same output) stays too.
    /// </summary>
    public static void Recover(string output)
    {
        var parent = ParentOf(output);
        if (!Directory.Exists(parent)) return;
        foreach (var candidate in Directory.EnumerateDirectories(parent, Prefix(output) + "*").Order(StringComparer.Ordinal))
        {
            var folder = new WorkFolder(candidate);
            if (!folder.IsMarked || folder.IsInUse) continue;
            if (!Path.Exists(output) && FileTree.IsRealDirectory(folder.Aside)) Directory.Move(folder.Aside, output);
            folder.Delete();
        }
    }

    /// <summary>Removes the folder: everything in it is the tool's (new files, hard links, the old output after a swap).</summary>
    public void Delete() => FileTree.Delete(Root);

    private bool IsMarked
    {
        get
        {
            var marker = new FileInfo(Path.Combine(Root, MarkerName));
            return FileTree.IsRealDirectory(Root) && marker.Exists && marker.LinkTarget is null;
        }
    }

    /// <summary>True when another process that is still running made this folder: its build is not over.</summary>
    private bool IsInUse
    {
        get
        {
            var line = File.ReadLines(Path.Combine(Root, MarkerName)).FirstOrDefault(l => l.StartsWith(ProcessKey, StringComparison.Ordinal));
            if (line is null || !int.TryParse(line.AsSpan(ProcessKey.Length), NumberStyles.Integer, CultureInfo.InvariantCulture, out var id) || id == Environment.ProcessId) return false;
            try
            {
                using var process = System.Diagnostics.Process.GetProcessById(id);
                return !process.HasExited;
            }
            catch (ArgumentException)
            {
                return false;
            }
        }
    }

    private static string Prefix(string output) => "." + Path.GetFileName(output) + ".arshjul-next-";

    private static string ParentOf(string output) =>
        Path.GetDirectoryName(output) ?? throw new InvalidOperationException($"The output folder '{output}' has no parent folder to work in.");
}
