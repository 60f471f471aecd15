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

        return CalendarCheckerRun.WithFiles(icsTexts, files =>
        {
            var output = CalendarCheckerRun.Run("node", script, files, TimeSpan.FromMinutes(1), new Dictionary<string, string>(),
                "Node.js (18 or later) is needed for the independent iCal check.", _ => "");
            var result = JsonSerializer.Deserialize<CheckResult>(output, Json);
            Assert.True(result?.Files is { Count: > 0 }, "The iCal checker printed no result:\n" + output);
            return result!.Files;
        });
    }

    /// <summary>Checks one text and asserts the checker found nothing wrong.</summary>
    public static CheckedFile CheckValid(string ics)
    {
        var file = Check(ics)[0];
        Assert.True(file.Errors.Count == 0, "ical-check.mjs found errors:\n" + string.Join("\n", file.Errors) + "\n\n" + ics);
        return file;
    }

    private sealed record CheckResult(IReadOnlyList<CheckedFile> Files);
}
