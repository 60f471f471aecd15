using System.Diagnostics;
using System.Text;

namespace Arshjul.Site.Calendar;

/// <summary>What one git command gave: its standard output, or why there is none.</summary>
/// <param name="Output">Standard output when git ran and succeeded; null otherwise.</param>
/// <param name="Problem">Why there is no output, in plain words (git's own message when it gave one).</param>
/// <param name="NotFound">True when git could not be started at all (not installed, not on PATH).</param>
internal sealed record GitResult(string? Output, string? Problem, bool NotFound = false)
{
    public bool Succeeded => Output is not null;
}

/// <summary>Runs one git command at a time and returns its output, or what went wrong; it never throws for git's sake.</summary>
/// <param name="executable">"git" (found on PATH); tests give another name to stand for a machine without git.</param>
/// <param name="environment">Extra environment variables for git; tests use git's own test switches.</param>
internal sealed class GitRunner(string executable = "git", IReadOnlyDictionary<string, string>? environment = null)
{
    public static GitRunner Default { get; } = new();

    // A large history is read in a few seconds; a hung git (a lock, a credential prompt) must not hang the build.
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    public GitResult Run(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo(executable)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            CreateNoWindow = true,
            StandardOutputEncoding = new UTF8Encoding(false),
            StandardErrorEncoding = new UTF8Encoding(false),
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);

        // The site's own repository decides, not one a calling hook or script points at.
        foreach (var variable in new[] { "GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_OBJECT_DIRECTORY", "GIT_CEILING_DIRECTORIES" })
        {
            start.Environment.Remove(variable);
        }

        start.Environment["GIT_TERMINAL_PROMPT"] = "0";
        start.Environment["GIT_OPTIONAL_LOCKS"] = "0";
        // git's messages (which the warnings quote) and any dates it formats stay the same whatever the machine's locale.
        start.Environment["LC_ALL"] = "C";
        start.Environment.Remove("LANGUAGE");
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;

        try
        {
            using var process = Process.Start(start);
            if (process is null) return new GitResult(null, "git could not be started", NotFound: true);
            process.StandardInput.Close();
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEndAsync();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                return new GitResult(null, $"'git {arguments.FirstOrDefault()}' did not finish within {Timeout.TotalMinutes:0} minutes");
            }

            Task.WaitAll(error, output);
            return process.ExitCode == 0
                ? new GitResult(output.Result, null)
                : new GitResult(null, Message(error.Result) ?? $"'git {arguments.FirstOrDefault()}' failed with exit code {process.ExitCode}");
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // The exception's text names the working folder and the OS error; plain words say more.
            return new GitResult(null, "git could not be started: it is not installed, or not on the PATH", NotFound: true);
        }
        catch (IOException e)
        {
            return new GitResult(null, $"git's output could not be read ({e.Message})");
        }
    }

    /// <summary>The line of git's error output that says what is wrong ("fatal: …"), shortened; null when it wrote none.</summary>
    internal static string? Message(string error)
    {
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var line = lines.FirstOrDefault(l => l.StartsWith("fatal:", StringComparison.Ordinal))
            ?? lines.FirstOrDefault(l => l.StartsWith("error:", StringComparison.Ordinal))
            ?? lines.FirstOrDefault();
        const int max = 300;
        return line is null ? null : line.Length <= max ? line : line[..max] + "…";
    }
}
