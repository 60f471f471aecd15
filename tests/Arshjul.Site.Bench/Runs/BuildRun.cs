namespace Arshjul.Site.Bench.Runs;

/// <summary>One `arshjul build` process: what it cost and what it said.</summary>
/// <param name="Wall">From starting the process to its exit, startup included.</param>
/// <param name="Cpu">User + system time of the process (and its children).</param>
/// <param name="PeakRssBytes">Peak resident set size.</param>
/// <param name="ReportedMs">The build time the tool itself prints ("in N ms"), without process startup; null if not printed.</param>
/// <param name="Summary">The tool's one-line summary.</param>
/// <param name="Measurement">How CPU and RSS were measured: /usr/bin/time, or polling the process.</param>
public sealed record BuildRun(TimeSpan Wall, TimeSpan Cpu, long PeakRssBytes, double? ReportedMs, string Summary, string Measurement);
