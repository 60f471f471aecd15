using System.Diagnostics;
using System.Text;

namespace Arshjul.Site.Calendar;

/// <summary>Runs one git command and returns its standard output, or null when git is absent or fails.</summary>
internal static class GitRunner
{
    // A large history is read in a few seconds; a hung git (a lock, a credential prompt) must not hang the build.
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    public static string? Run(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo("git")
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

        // git's messages and any dates it formats stay the same whatever the machine's locale.
        start.Environment["LC_ALL"] = "C";
        start.Environment.Remove("LANGUAGE");

        try
        {
            using var process = Process.Start(start);
            if (process is null) return null;
            process.StandardInput.Close();
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEndAsync();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                return null;
            }

            Task.WaitAll(error, output);
            return process.ExitCode == 0 ? output.Result : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null; // git is not installed
        }
        catch (IOException)
        {
            return null;
        }
    }
}
