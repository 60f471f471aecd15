namespace Arshjul.Site.Tests.Support;

/// <summary>Finds the repository root (the folder with Arshjul.Site.sln) from the test binaries.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>
    /// The steering repo's shared folder (schemas, seeds): ARSHJUL_SHARED, else the nearest "shared" folder with
    /// schemas/ beside the repository or a folder above it (CI has ../shared beside the clone; a worktree may sit deeper).
    /// </summary>
    public static string Shared { get; } = FindShared();

    /// <summary>A file of the shared schemas folder, asserted to exist (a missing one fails the test, never skips it).</summary>
    public static string SharedSchema(string name)
    {
        var path = Path.Combine(Shared, "schemas", name);
        Assert.True(File.Exists(path), $"The shared schema file is missing: {path}");
        return path;
    }

    /// <summary>A copy of the example site (content, static, themes and site.yml) in <paramref name="site"/>, for tests that edit it.</summary>
    public static void CopyExampleSite(string site)
    {
        foreach (var folder in new[] { "content", "static", "themes" }) CopyFolder(Path.Combine(Root, folder), Path.Combine(site, folder));
        File.Copy(Path.Combine(Root, "site.yml"), Path.Combine(site, "site.yml"));
    }

    /// <summary>Copies every file under <paramref name="from"/> to the same place under <paramref name="to"/>.</summary>
    public static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static string FindShared()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("ARSHJUL_SHARED");
        if (!string.IsNullOrEmpty(fromEnvironment) && Directory.Exists(Path.Combine(fromEnvironment, "schemas"))) return fromEnvironment;
        for (var dir = Directory.GetParent(Root); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared");
            if (Directory.Exists(Path.Combine(candidate, "schemas"))) return candidate;
        }

        return Path.Combine(Directory.GetParent(Root)?.FullName ?? Root, "shared");
    }

    private static string FindRoot()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("ARSHJUL_REPO_ROOT");
        if (!string.IsNullOrEmpty(fromEnvironment) && File.Exists(Path.Combine(fromEnvironment, "Arshjul.Site.sln"))) return fromEnvironment;
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Arshjul.Site.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Cannot find Arshjul.Site.sln above " + AppContext.BaseDirectory);
    }
}
