using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using Arshjul.Site.Tests.Support;

namespace Arshjul.Site.Tests.Calendar;

/// <summary>
/// What the outside calendar checkers (ical.js through node, libical and vobject through python) share:
/// the texts written to files in a temporary folder, one run of the checker over all of them, and a
/// failed test, never a skipped one, when the checker cannot start or fails.
/// </summary>
internal static class CalendarCheckerRun
{
    /// <summary>Writes each text to "&lt;i&gt;.ics" in a new temporary folder, runs <paramref name="check"/> on the paths, and removes the folder.</summary>
    public static T WithFiles<T>(IReadOnlyList<string> icsTexts, Func<IReadOnlyList<string>, T> check)
    {
        var folder = Path.Combine(Path.GetTempPath(), "arshjul-ical-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var files = icsTexts.Select((text, i) =>
            {
                var path = Path.Combine(folder, $"{i}.ics");
                File.WriteAllBytes(path, new UTF8Encoding(false).GetBytes(text));
                return path;
            }).ToList();
            return check(files);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Runs <paramref name="program"/> with the script and files; its standard output, or a failed test.</summary>
    /// <param name="cannotStart">What to tell the reader when the program is missing.</param>
    /// <param name="explainFailure">Extra advice for a failed run, from its standard error ("" for none).</param>
    public static string Run(string program, string script, IReadOnlyList<string> files, TimeSpan patience,
        IReadOnlyDictionary<string, string> environment, string cannotStart, Func<string, string> explainFailure)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = RepoPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(script);
        foreach (var file in files) start.ArgumentList.Add(file);
        foreach (var (name, value) in environment) start.Environment[name] = value;

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException(program + " did not start");
        }
        catch (Win32Exception e)
        {
            Assert.Fail($"{program} could not be started ({e.Message}). {cannotStart}");
            throw;
        }

        using (process)
        {
            var name = Path.GetFileName(script);
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            Assert.True(process.WaitForExit(patience), $"{name} did not finish within {patience.TotalSeconds:0} s.");
            if (process.ExitCode != 0) Assert.Fail($"{name} exited with {process.ExitCode}.{explainFailure(error.Result)}\n{error.Result}\n{output}");
            return output;
        }
    }
}
