using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Arshjul.Site.Tests.Support;

namespace Arshjul.Site.Tests.Calendar;

/// <summary>
/// Runs tests/tools/ical-utc.py: libical (ICalGLib) and vobject convert every VEVENT's DTSTART and
/// DTEND to UTC with the file's own VTIMEZONE, the independent check beside ical.js. Debian's
/// /usr/bin/python3 with python3-gi, gir1.2-ical-3.0 and python3-vobject is needed; when it is missing
/// the test fails and says to run ./test.sh, which installs them: this check is part of the contract.
/// </summary>
internal static class IcalUtcChecker
{
    public const string Python = "/usr/bin/python3";

    public sealed record UtcEvent(string? Uid, string? Summary, string? Start, string? End);

    public sealed record UtcFile(string Path, IReadOnlyList<string> Errors, IReadOnlyList<UtcEvent> Libical, IReadOnlyList<UtcEvent> Vobject);

    private const string Install = "Run ./test.sh, which installs Debian's python3-gi, gir1.2-ical-3.0 and python3-vobject (apt).";

    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    /// <summary>Writes each text to a file and converts them all in one python run (its imports take ~0.3 s).</summary>
    public static IReadOnlyList<UtcFile> Check(IReadOnlyList<string> icsTexts)
    {
        var script = Path.Combine(RepoPaths.Root, "tests", "tools", "ical-utc.py");
        Assert.True(File.Exists(script), $"The iCal UTC checker is missing: {script}");
        Assert.True(File.Exists(Python), $"{Python} is missing. " + Install);

        var folder = Path.Combine(Path.GetTempPath(), "arshjul-ical-utc-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var files = icsTexts.Select((text, i) =>
            {
                var path = Path.Combine(folder, $"{i}.ics");
                File.WriteAllBytes(path, new UTF8Encoding(false).GetBytes(text));
                return path;
            }).ToList();
            var output = Run(script, files);
            var result = JsonSerializer.Deserialize<CheckResult>(output, Json);
            Assert.True(result?.Files is { } checkedFiles && checkedFiles.Count == files.Count, "The iCal UTC checker printed no result:\n" + output);
            return result!.Files;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string Run(string script, IReadOnlyList<string> files)
    {
        var start = new ProcessStartInfo(Python)
        {
            WorkingDirectory = RepoPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(script);
        foreach (var file in files) start.ArgumentList.Add(file);
        start.Environment["PYTHONIOENCODING"] = "utf-8";

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("python did not start");
        }
        catch (Win32Exception e)
        {
            Assert.Fail($"{Python} could not be started ({e.Message}). " + Install);
            throw;
        }

        using (process)
        {
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), "ical-utc.py did not finish within two minutes.");
            if (process.ExitCode != 0)
            {
                var missing = error.Result.Contains("ModuleNotFoundError", StringComparison.Ordinal)
                    || error.Result.Contains("Namespace ICalGLib not available", StringComparison.Ordinal);
                Assert.Fail($"ical-utc.py exited with {process.ExitCode}." + (missing ? " A module is missing. " + Install : "") + "\n" + error.Result + "\n" + output);
            }

            return output;
        }
    }

    private sealed record CheckResult(IReadOnlyList<UtcFile> Files);
}
