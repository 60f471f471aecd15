using System.Diagnostics;
using System.Globalization;

namespace Arshjul.Site.Tests.Support;

/// <summary>Runs git for tests, isolated from the machine's configuration, with a fixed identity and (when given) commit dates.</summary>
internal static class TestGit
{
    public static string Run(string folder, DateTimeOffset? date, params string[] arguments)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "-c", "user.name=Test", "-c", "user.email=test@example.org", "-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main" }.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["GIT_CONFIG_GLOBAL"] = "/dev/null";
        start.Environment["GIT_CONFIG_NOSYSTEM"] = "1";
        if (date is { } d)
        {
            var text = d.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
            start.Environment["GIT_AUTHOR_DATE"] = text;
            start.Environment["GIT_COMMITTER_DATE"] = text;
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"git {string.Join(' ', arguments)} failed: {error.Result}");
        return output;
    }

    /// <summary>Stages everything and commits it at the given time.</summary>
    public static void CommitAll(string folder, DateTimeOffset date, string message)
    {
        Run(folder, null, "add", "-A");
        Run(folder, date, "commit", "-q", "--no-verify", "--allow-empty", "-m", message);
    }

    public static void DeleteTree(string folder)
    {
        if (!Directory.Exists(folder)) return;

        // git makes its object files read-only, which Windows refuses to delete.
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)) File.SetAttributes(file, FileAttributes.Normal);
        Directory.Delete(folder, recursive: true);
    }
}
