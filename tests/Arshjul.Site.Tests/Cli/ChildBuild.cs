using System.Diagnostics;
using System.Text;

namespace Arshjul.Site.Tests.Cli;

/// <summary>The real tool as a child process with an environment of its own (locale, time zone, globalization mode).</summary>
internal static class ChildBuild
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    /// <summary>Starts `arshjul build`; the variables are set in the child's environment, a null value removes one.</summary>
    public static Process Start(string source, string output, string now, IReadOnlyDictionary<string, string?> environment)
    {
        var info = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "arshjul.dll"), "build", "--source", source, "--output", output, "--now", now])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = new UTF8Encoding(false),
            StandardErrorEncoding = new UTF8Encoding(false),
        };

        // Only what the test sets: a LANGUAGE, LC_* or TZ of the machine running the tests must not leak in.
        foreach (var name in info.Environment.Keys.Where(k => k.StartsWith("LC_", StringComparison.Ordinal) || k is "LANG" or "LANGUAGE" or "TZ").ToList())
        {
            info.Environment.Remove(name);
        }

        foreach (var (name, value) in environment)
        {
            if (value is null) info.Environment.Remove(name);
            else info.Environment[name] = value;
        }

        return Process.Start(info)!;
    }

    /// <summary>Waits for a started build and returns what it printed.</summary>
    public static CliRun Finish(Process child)
    {
        var stdout = child.StandardOutput.ReadToEndAsync();
        var stderr = child.StandardError.ReadToEndAsync();
        Assert.True(child.WaitForExit(Patience), "the build did not end in time");
        return new CliRun(child.ExitCode, stdout.Result, stderr.Result);
    }

    public static CliRun Run(string source, string output, string now, IReadOnlyDictionary<string, string?> environment)
    {
        using var child = Start(source, output, now, environment);
        return Finish(child);
    }
}
