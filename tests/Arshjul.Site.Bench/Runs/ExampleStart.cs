using System.Globalization;

namespace Arshjul.Site.Bench.Runs;

/// <summary>
/// Issue 20's start-up target: the repository's example site (content/ and site.yml) built by a fresh process, as
/// `arshjul build` in a CI job is, against 0.4 s. Alternates the tool being measured (as its package ships it:
/// ReadyToRun for this platform, methods compiled ahead of time) with the Release build (every method compiled by the
/// JIT at start), and times `arshjul --version` too: the cost of starting .NET and the tool at all, which no build can go below.
/// </summary>
public static class ExampleStart
{
    public const double TargetSeconds = 0.4;

    /// <param name="runner">The tool being measured (the published one, unless the bench runs with --jit).</param>
    /// <param name="jit">The Release build, compiled at start.</param>
    public static string Measure(BuildRunner runner, BuildRunner jit, string repo, string work, int runs, TextWriter log)
    {
        var outDir = Path.Combine(work, "out-example");
        var (tool, compiled, start) = (new List<BuildRun>(), new List<BuildRun>(), new List<BuildRun>());
        for (var i = 0; i < runs; i++)
        {
            tool.Add(runner.Build(repo, outDir));
            compiled.Add(jit.Build(repo, outDir + "-jit"));
            start.Add(runner.Version(outDir + "-version"));
        }

        Directory.Delete(outDir, recursive: true);
        Directory.Delete(outDir + "-jit", recursive: true);
        double Med(List<BuildRun> r) => BuildRow.Median(r.Select(x => x.Wall.TotalSeconds));
        var figures = string.Create(CultureInfo.InvariantCulture,
            $"Example site as a fresh process (target {TargetSeconds:0.0} s): the tool {Med(tool):0.00} s ({Med(tool) / TargetSeconds:0.00} of the target), " +
            $"the Release build compiled at start {Med(compiled):0.00} s ({Med(compiled) / TargetSeconds:0.00}); `arshjul --version` alone {Med(start):0.00} s.");
        var line = $"{figures} The tool against the JIT build, {AlternatingRuns.Describe(tool, compiled)} — {tool[0].Summary}";
        log.WriteLine(line);
        return line;
    }
}
