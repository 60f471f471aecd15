using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using Arshjul.Site.Tests.Cli;
using Arshjul.Site.Tests.Support;

namespace Arshjul.Site.Tests.Loading;

/// <summary>
/// A valid small site plus what a hostile pull request could add to it: symbolic links (to a folder
/// beside the site holding a secret, or to system files), named pipes. Builds through the CLI with a
/// time limit, so a build that hangs on a pipe fails the test instead of blocking the run.
/// </summary>
internal sealed partial class HostileSite : IDisposable
{
    /// <summary>Written into every file outside the site; it must never show up in output or messages.</summary>
    public const string Secret = "SECRET-TOKEN-4f1c9a";

    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    private readonly List<string> _fifos = [];

    public HostileSite()
    {
        Site = CliSites.Valid();
        Outside = Site.Root + "-outside";
        Output = Site.Root + "-out";
        Directory.CreateDirectory(Path.Combine(Outside, "folder"));
        File.WriteAllText(Path.Combine(Outside, "secret.txt"), Secret + "\n");
        File.WriteAllText(Path.Combine(Outside, "secret.yml"), "token: " + Secret + "\n");
        File.WriteAllText(Path.Combine(Outside, "secret.md"), "---\ntitle: " + Secret + "\n---\n" + Secret + "\n");
        File.WriteAllText(Path.Combine(Outside, "secret.html"), "<h1>" + Secret + "</h1>\n");
        File.WriteAllText(Path.Combine(Outside, "folder", "inner.txt"), Secret + "\n");
    }

    public TestSite Site { get; }

    /// <summary>A folder beside the site (not inside it) with secret.txt, .yml, .md, .html and folder/inner.txt.</summary>
    public string Outside { get; }

    public string Output { get; }

    /// <summary>Makes a symbolic link at a site-relative path; the target is written into the link as given.</summary>
    public HostileSite Link(string relative, string target)
    {
        var full = Full(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.CreateSymbolicLink(full, target);
        return this;
    }

    public HostileSite Fifo(string relative)
    {
        var full = Full(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [full]) { UseShellExecute = false })!;
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
        _fifos.Add(full);
        return this;
    }

    public string Full(string relative) => Path.Combine(Site.Root, relative.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>Runs `arshjul build` in-process; fails the test if it takes longer than a minute.</summary>
    public CliRun Build()
    {
        var run = Task.Run(() => CliRun.Of("build", "--source", Site.Root, "--output", Output, "--now", "2024-01-01T12:00:00Z"));
        if (!run.Wait(Limit))
        {
            // Give every pipe a writer so the stuck build can end, then fail.
            foreach (var fifo in _fifos) File.WriteAllText(fifo, "");
            Assert.Fail($"The build did not finish within {Limit.TotalSeconds} s.");
        }

        var result = run.Result;
        Assert.True(result.Exit != 3, "internal error:\n" + result);
        return result;
    }

    /// <summary>The diagnostic lines of a run's stderr (hints and summaries left out).</summary>
    public static string Diagnostics(CliRun run) =>
        string.Join("\n", run.Err.ReplaceLineEndings("\n").Split('\n').Where(l => DiagnosticLine().IsMatch(l)));

    /// <summary>Asserts the secret appears in no output file and no message.</summary>
    public void AssertSecretNowhere(CliRun run)
    {
        Assert.DoesNotContain(Secret, run.Out);
        Assert.DoesNotContain(Secret, run.Err);
        if (!Directory.Exists(Output)) return;
        var secret = Encoding.UTF8.GetBytes(Secret);
        foreach (var file in Directory.EnumerateFiles(Output, "*", SearchOption.AllDirectories))
        {
            Assert.True(File.ReadAllBytes(file).AsSpan().IndexOf(secret) < 0, $"{file} holds the secret");
        }
    }

    public void Dispose()
    {
        Site.Dispose();
        foreach (var folder in new[] { Outside, Output })
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }

    [GeneratedRegex(@"^\S+:\d+:\d+: (error|warning) AJ\d{4}: ")]
    private static partial Regex DiagnosticLine();
}
