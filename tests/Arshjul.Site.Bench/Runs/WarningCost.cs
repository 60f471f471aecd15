using System.Globalization;
using System.Text.RegularExpressions;
using Arshjul.Site.Bench.Generation;

namespace Arshjul.Site.Bench.Runs;

/// <summary>
/// Issue 20, point 3: what warnings cost. The same site once as generated and once with every session
/// translation setting its source's facts otherwise (each such key a warning, printed grouped), built
/// alternately; the target is at most 5 % more wall and CPU time for the noisy site.
/// </summary>
public static partial class WarningCost
{
    public static string Measure(BuildRunner runner, SizeSpec size, string siteDir, string work, BenchOptions options, TextWriter log)
    {
        var noisyDir = Path.Combine(work, $"site-{size.Name}-repeated-keys");
        var quietOut = Path.Combine(work, $"out-{size.Name}-quiet");
        var noisyOut = Path.Combine(work, $"out-{size.Name}-noisy");
        SiteGenerator.Write(noisyDir, size.Events, size.ItemsPerEvent, size.People, seed: options.Seed, repeatKeys: true);
        var quiet = new List<BuildRun>();
        var noisy = new List<BuildRun>();
        for (var i = 0; i < options.Runs; i++)
        {
            quiet.Add(runner.Build(siteDir, quietOut));
            noisy.Add(runner.Build(noisyDir, noisyOut));
        }

        var warnings = Warnings().Match(noisy[0].Summary) is { Success: true } m ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : -1;
        var line = string.Create(CultureInfo.InvariantCulture,
            $"{size.Name} with {warnings:N0} warnings (session translations setting their source's facts otherwise) against the same site without, ")
            + AlternatingRuns.Describe(noisy, quiet, wallTarget: "at most 1.05", cpuTarget: "at most 1.05");
        log.WriteLine("  " + line);
        if (!options.Keep)
        {
            Directory.Delete(noisyDir, recursive: true);
            Directory.Delete(quietOut, recursive: true);
            Directory.Delete(noisyOut, recursive: true);
        }

        return line;
    }

    [GeneratedRegex(@"(\d+) warnings?")]
    private static partial Regex Warnings();
}
