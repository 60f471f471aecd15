namespace Arshjul.Site.Tests.Init;

/// <summary>A new, empty temporary folder (not created when <paramref name="create"/> is false), deleted on dispose.</summary>
internal sealed class EmptyFolder : IDisposable
{
    public EmptyFolder(bool create = true)
    {
        Root = Path.Combine(Path.GetTempPath(), "arshjul-init-" + Guid.NewGuid().ToString("N"));
        if (create) Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    public string PathOf(string relative) => Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));

    public string Read(string relative) => File.ReadAllText(PathOf(relative));

    /// <summary>Every file under the folder, relative, with '/', sorted.</summary>
    public List<string> Files() => !Directory.Exists(Root)
        ? []
        : Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Root, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Order(StringComparer.Ordinal)
            .ToList();

    public void Dispose()
    {
        try
        {
            if (Directory.Exists(Root)) Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // Cleanup must not fail a test.
        }
    }
}
