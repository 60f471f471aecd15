using System.Globalization;
using System.Runtime.InteropServices;

namespace Arshjul.Site.Bench.Runs;

/// <summary>
/// Issue 20's start-up target: the repository's example site (content/ and site.yml) built by a fresh process, as
/// `arshjul build` in a CI job is, against 0.4 s. Alternates the Release build (every method compiled by the JIT at
/// start) with the same tool published ReadyToRun for this machine (methods compiled ahead of time), and times
/// `arshjul --version` too: the cost of starting .NET and the tool at all, which no build can go below.
/// </summary>
public static class ExampleStart
{
    public const double TargetSeconds = 0.4;

    public static string Measure(BuildRunner runner, string repo, string work, int runs, TextWriter log)
    {
        var published = Path.Combine(work, "arshjul-r2r");
        var r2r = Publish(repo, published, log);
        var ahead = new BuildRunner(r2r);
        var outDir = Path.Combine(work, "out-example");
        var (jit, r2rRuns, start) = (new List<BuildRun>(), new List<BuildRun>(), new List<BuildRun>());
        for (var i = 0; i < runs; i++)
        {
            jit.Add(runner.Build(repo, outDir));
            r2rRuns.Add(ahead.Build(repo, outDir + "-r2r"));
            start.Add(runner.Version(outDir + "-version"));
        }

        Directory.Delete(outDir, recursive: true);
        Directory.Delete(outDir + "-r2r", recursive: true);
        Directory.Delete(published, recursive: true);
        double Med(List<BuildRun> r) => BuildRow.Median(r.Select(x => x.Wall.TotalSeconds));
        var figures = string.Create(CultureInfo.InvariantCulture,
            $"Example site as a fresh process (target {TargetSeconds:0.0} s): JIT {Med(jit):0.00} s ({Med(jit) / TargetSeconds:0.00} of the target), " +
            $"ReadyToRun {Med(r2rRuns):0.00} s ({Med(r2rRuns) / TargetSeconds:0.00}); `arshjul --version` alone {Med(start):0.00} s.");
        var line = $"{figures} ReadyToRun against JIT, {AlternatingRuns.Describe(r2rRuns, jit)} — {jit[0].Summary}";
        log.WriteLine(line);
        return line;
    }

    /// <summary>`dotnet publish` of the tool, framework-dependent, ReadyToRun for this machine's platform.</summary>
    private static string Publish(string repo, string folder, TextWriter log)
    {
        var rid = RuntimeInformation.RuntimeIdentifier;
        log.WriteLine($"Publishing the tool ReadyToRun for {rid}: dotnet publish src/Arshjul.Cli -c Release -r {rid} -p:PublishReadyToRun=true");
        var (code, output) = ToolLocator.Run(repo, "dotnet", "publish", Path.Combine("src", "Arshjul.Cli"), "-c", "Release", "-r", rid, "--self-contained", "false",
            "-p:PublishReadyToRun=true", "-o", folder, "-nologo", "-v", "quiet");
        var dll = Path.Combine(folder, "arshjul.dll");
        if (code != 0 || !File.Exists(dll)) throw new InvalidOperationException($"dotnet publish -p:PublishReadyToRun=true failed:\n{output}");
        return dll;
    }
}
