using System.Globalization;

namespace Arshjul.Site.Bench.Runs;

/// <summary>
/// Issue 20, point 5: Arshjul and Hugo on the same generated content, whole processes, alternating run by
/// run so a change in the machine's load falls on both alike, with the ratios of the medians.
/// </summary>
public static class HugoComparison
{
    public static bool Available { get; } = (Environment.GetEnvironmentVariable("PATH") ?? "")
        .Split(':', StringSplitOptions.RemoveEmptyEntries).Any(dir => File.Exists(Path.Combine(dir, "hugo")));

    public static string Measure(BuildRunner runner, SizeSpec size, string siteDir, string repo, string work, BenchOptions options, TextWriter log)
    {
        var hugoDir = HugoSite.Prepare(siteDir, Path.Combine(work, $"hugo-site-{size.Name}"), repo, ["sv", "nb", "en"]);
        var hugoOut = Path.Combine(work, $"hugo-out-{size.Name}");
        var oursOut = Path.Combine(work, $"out-{size.Name}-vs-hugo");
        var ours = new List<BuildRun>();
        var hugo = new List<BuildRun>();
        for (var i = 1; i <= options.Runs; i++)
        {
            ours.Add(runner.Build(siteDir, oursOut));
            if (Directory.Exists(hugoOut)) Directory.Delete(hugoOut, recursive: true);
            hugo.Add(BuildRunner.Run("hugo", ["--quiet", "--source", hugoDir, "--destination", hugoOut], hugoOut));
            log.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  vs Hugo {i}: Arshjul {ours[^1].Wall.TotalSeconds:0.00} s wall, {ours[^1].Cpu.TotalSeconds:0.00} s CPU, {ours[^1].PeakRssBytes / 1048576.0:0} MB; Hugo {hugo[^1].Wall.TotalSeconds:0.00} s, {hugo[^1].Cpu.TotalSeconds:0.00} s CPU, {hugo[^1].PeakRssBytes / 1048576.0:0} MB"));
        }

        var (oursStats, hugoStats) = (OutputStats.Walk(oursOut), OutputStats.Walk(hugoOut));
        var line = $"{size.Name} against Hugo, " + AlternatingRuns.Describe(ours, hugo, wallTarget: "at most 0.5") + string.Create(CultureInfo.InvariantCulture,
            $"; pages {oursStats.Pages:N0} vs {hugoStats.Pages:N0}, calendars {oursStats.Calendars:N0} vs {hugoStats.Calendars:N0}, files {oursStats.Files.Count:N0} vs {hugoStats.Files.Count:N0}");
        log.WriteLine("  " + line);
        if (!options.Keep)
        {
            Directory.Delete(hugoDir, recursive: true);
            Directory.Delete(hugoOut, recursive: true);
            Directory.Delete(oursOut, recursive: true);
        }

        return line;
    }
}
