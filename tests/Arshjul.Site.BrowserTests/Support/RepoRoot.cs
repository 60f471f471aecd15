namespace Arshjul.Site.BrowserTests.Support;

/// <summary>The repository root: $ARSHJUL_REPO_ROOT (set by test.sh), else the folder with Arshjul.Site.sln above the test binaries.</summary>
public static class RepoRoot
{
    public static string Path { get; } = Find();

    public static string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    private static string Find()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("ARSHJUL_REPO_ROOT");
        if (!string.IsNullOrEmpty(fromEnvironment) && File.Exists(System.IO.Path.Combine(fromEnvironment, "Arshjul.Site.sln")))
        {
            return System.IO.Path.GetFullPath(fromEnvironment);
        }

        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "Arshjul.Site.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException(
            "Cannot find the repository root: set ARSHJUL_REPO_ROOT or run the tests from inside the repository (no Arshjul.Site.sln above " + AppContext.BaseDirectory + ").");
    }
}
