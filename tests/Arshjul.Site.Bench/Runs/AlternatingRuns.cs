using System.Globalization;

namespace Arshjul.Site.Bench.Runs;

/// <summary>Two sets of builds run alternately, described as the medians of each and their ratios (first over second).</summary>
public static class AlternatingRuns
{
    public static string Describe(IReadOnlyList<BuildRun> first, IReadOnlyList<BuildRun> second, string? wallTarget = null, string? cpuTarget = null)
    {
        static double Med(IEnumerable<BuildRun> runs, Func<BuildRun, double> f) => BuildRow.Median(runs.Select(f));
        var (wallA, wallB) = (Med(first, r => r.Wall.TotalSeconds), Med(second, r => r.Wall.TotalSeconds));
        var (cpuA, cpuB) = (Med(first, r => r.Cpu.TotalSeconds), Med(second, r => r.Cpu.TotalSeconds));
        var (peakA, peakB) = (Med(first, r => r.PeakRssBytes / 1048576.0), Med(second, r => r.PeakRssBytes / 1048576.0));
        string Target(string? target) => target is null ? "" : "; target " + target;
        return string.Create(CultureInfo.InvariantCulture,
            $"medians of {first.Count} alternating runs: wall {wallA:0.00} s vs {wallB:0.00} s (ratio {wallA / wallB:0.00}{Target(wallTarget)}), " +
            $"CPU {cpuA:0.00} s vs {cpuB:0.00} s (ratio {cpuA / cpuB:0.00}{Target(cpuTarget)}), peak {peakA:0} MB vs {peakB:0} MB (ratio {peakA / peakB:0.00})");
    }
}
