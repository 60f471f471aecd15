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

        return CalendarCheckerRun.WithFiles(icsTexts, files =>
        {
            var output = CalendarCheckerRun.Run(Python, script, files, TimeSpan.FromMinutes(2),
                new Dictionary<string, string> { ["PYTHONIOENCODING"] = "utf-8" }, Install, MissingModule);
            var result = JsonSerializer.Deserialize<CheckResult>(output, Json);
            Assert.True(result?.Files is { } checkedFiles && checkedFiles.Count == files.Count, "The iCal UTC checker printed no result:\n" + output);
            return result!.Files;
        });
    }

    private static string MissingModule(string error) =>
        error.Contains("ModuleNotFoundError", StringComparison.Ordinal) || error.Contains("Namespace ICalGLib not available", StringComparison.Ordinal)
            ? " A module is missing. " + Install
            : "";

    private sealed record CheckResult(IReadOnlyList<UtcFile> Files);
}
