using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Arshjul.Site.Tests.Support;

namespace Arshjul.Site.Tests.Calendar;

/// <summary>
/// Runs tests/tools/ical-check.mjs (ical.js, an independent parser) on .ics texts. A missing node or
/// ical.js fails the test with what to install: this check is part of the contract, not optional.
/// </summary>
internal static class IcalChecker
{
    public sealed record CheckedEvent(string? Uid, string? Summary, string? Start, string? End, string? Status, int? Sequence);

    public sealed record CheckedFile(string Path, IReadOnlyList<string> Errors, IReadOnlyList<CheckedEvent> Events);

    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    /// <summary>Writes each text to a file and checks them all in one node run (node starts in ~50 ms, but once is enough).</summary>
    public static IReadOnlyList<CheckedFile> Check(params string[] icsTexts)
    {
        var script = Path.Combine(RepoPaths.Root, "tests", "tools", "ical-check.mjs");
        Assert.True(File.Exists(script), $"The iCal checker is missing: {script}");
        var icalJs = Path.Combine(RepoPaths.Root, "node_modules", "ical.js", "package.json");
        Assert.True(File.Exists(icalJs),
            $"ical.js is not installed ({icalJs} is missing). Run 'npm ci --ignore-scripts' in {RepoPaths.Root} (./test.sh does).");

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
            var output = RunNode(script, files);
            var result = JsonSerializer.Deserialize<CheckResult>(output, Json);
            Assert.True(result?.Files is { Count: > 0 }, "The iCal checker printed no result:\n" + output);
            return result!.Files;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Checks one text and asserts the checker found nothing wrong.</summary>
    public static CheckedFile CheckValid(string ics)
    {
        var file = Check(ics)[0];
        Assert.True(file.Errors.Count == 0, "ical-check.mjs found errors:\n" + string.Join("\n", file.Errors) + "\n\n" + ics);
        return file;
    }

    private static string RunNode(string script, IReadOnlyList<string> files)
    {
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = RepoPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(script);
        foreach (var file in files) start.ArgumentList.Add(file);

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        }
        catch (Win32Exception e)
        {
            Assert.Fail($"node is needed for the independent iCal check but could not be started ({e.Message}). Install Node.js (18 or later).");
            throw;
        }

        using (process)
        {
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            Assert.True(process.WaitForExit(TimeSpan.FromMinutes(1)), "ical-check.mjs did not finish within a minute.");
            Assert.True(process.ExitCode == 0, $"ical-check.mjs exited with {process.ExitCode}:\n{error.Result}\n{output}");
            return output;
        }
    }

    private sealed record CheckResult(IReadOnlyList<CheckedFile> Files);
}
