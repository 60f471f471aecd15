using System.Globalization;
using Arshjul.Site.Bench;
using Arshjul.Site.Bench.Generation;
using Arshjul.Site.Bench.Micro;
using Arshjul.Site.Bench.Runs;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

BenchOptions options;
try
{
    options = BenchOptions.Parse(args);
}
catch (Exception e) when (e is ArgumentException or FormatException)
{
    Console.Error.WriteLine(e.Message);
    Console.Error.WriteLine(BenchOptions.Usage);
    return 2;
}

if (options.Help)
{
    Console.WriteLine(BenchOptions.Usage);
    return 0;
}

if (options.Micro)
{
    // In-process: no generated benchmark project, which central package management and the
    // repository's build policy would get in the way of.
    var config = DefaultConfig.Instance
        .AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithWarmupCount(3).WithIterationCount(10))
        .WithOptions(ConfigOptions.DisableOptimizationsValidator);
    var microArgs = options.MicroArgs.Contains("--filter") ? options.MicroArgs.ToArray() : [.. options.MicroArgs, "--filter", "*"];
    BenchmarkSwitcher.FromTypes([typeof(HotPathBenchmarks)]).Run(microArgs, config);
    return 0;
}

var c = CultureInfo.InvariantCulture;
var log = Console.Out;
var repo = ToolLocator.RepositoryRoot();
var jitDll = ToolLocator.ArshjulDll(repo, log);
var work = options.WorkFolder(repo);
Directory.CreateDirectory(work);
// What users run: the tool package for their platform is published ReadyToRun (src/Arshjul.Cli/Arshjul.Cli.csproj).
var published = Path.Combine(work, "arshjul-tool");
var dll = options.Jit ? jitDll : ToolLocator.PublishedDll(repo, published, log);
log.WriteLine($"arshjul: {dll}");
log.WriteLine($"work folder: {work}; {Environment.ProcessorCount} cores; {options.Runs} runs per size; CPU/RSS via {(BuildRunner.HasTimeTool ? "/usr/bin/time" : "polling (apt-get install time for exact figures)")}");

var runner = new BuildRunner(dll);
var baseline = options.Baseline is { } baselineDll ? new BuildRunner(baselineDll) : null;
var comparisons = new List<string>();
var builds = new List<BuildRow>();
var serves = new List<(SizeSpec, ServeResult)>();
var stages = new List<string>();
try
{
    foreach (var size in options.Sizes)
    {
        var siteDir = Path.Combine(work, $"site-{size.Name}");
        var outDir = Path.Combine(work, $"out-{size.Name}");
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var site = SiteGenerator.Write(siteDir, size.Events, size.ItemsPerEvent, size.People, seed: options.Seed);
        log.WriteLine(string.Create(c,
            $"{size.Name}: generated {site.Events} events, {site.Items:N0} items ({site.SessionFiles:N0} session files), {site.People:N0} people: {site.Files:N0} files, {site.Bytes / 1048576.0:0.0} MB in {clock.Elapsed.TotalSeconds:0.0} s"));

        var runs = new List<BuildRun>();
        var baselineRuns = new List<BuildRun>();
        for (var i = 1; i <= options.Runs; i++)
        {
            var run = runner.Build(siteDir, outDir);
            runs.Add(run);
            log.WriteLine(string.Create(c, $"  build {i}: {run.Wall.TotalSeconds:0.00} s wall, {run.Cpu.TotalSeconds:0.00} s CPU, {run.PeakRssBytes / 1048576.0:0} MB — {run.Summary}"));
            if (!run.Summary.Contains(" 0 errors", StringComparison.Ordinal)) log.WriteLine("  warning: the build reported errors; the generator should make valid content");

            // Alternating, so a change in the machine's load falls on both alike.
            if (baseline is null) continue;
            var before = baseline.Build(siteDir, outDir + "-baseline");
            baselineRuns.Add(before);
            log.WriteLine(string.Create(c, $"  baseline {i}: {before.Wall.TotalSeconds:0.00} s wall, {before.Cpu.TotalSeconds:0.00} s CPU, {before.PeakRssBytes / 1048576.0:0} MB — {before.Summary}"));
        }

        if (baselineRuns.Count > 0)
        {
            Directory.Delete(outDir + "-baseline", recursive: true);
            var line = $"{size.Name} against the baseline ({options.Baseline}), " + AlternatingRuns.Describe(runs, baselineRuns);
            comparisons.Add(line);
            log.WriteLine("  " + line);
        }

        var output = OutputStats.Walk(outDir);
        var floors = new List<TimeSpan>();
        var floorDir = Path.Combine(work, $"floor-{size.Name}");
        for (var i = 0; i < options.Runs; i++) floors.Add(WriteFloor.Measure(output, floorDir));
        Directory.Delete(floorDir, recursive: true);
        var row = new BuildRow(size, output, runs, floors);
        builds.Add(row);
        log.WriteLine(string.Create(c, $"  floor (write {output.Files.Count:N0} files, {output.Bytes / 1048576.0:0.0} MB, 2 threads): {row.FloorSeconds:0.000} s"));

        if (options.Hugo && HugoComparison.Available) comparisons.Add(HugoComparison.Measure(runner, size, siteDir, repo, work, options, log));

        if (options.Warnings) comparisons.Add(WarningCost.Measure(runner, size, siteDir, work, options, log));

        if (options.Stages)
        {
            var profile = StageProfile.Run(siteDir, outDir, Environment.ProcessorCount);
            var totalCpu = profile.Sum(s => s.Cpu.TotalSeconds);
            stages.Add($"Stages of one in-process build of {size.Name} (first run in this process, so JIT included; {Environment.ProcessorCount} threads): wall, CPU, CPU share");
            stages.AddRange(profile.Select(s => string.Create(c, $"  {s.Time.TotalSeconds,7:0.000} s  {s.Cpu.TotalSeconds,7:0.000} s  {s.Cpu.TotalSeconds / totalCpu,4:P0}  {s.Stage}")));
            foreach (var line in stages.Skip(stages.Count - profile.Count - 1)) log.WriteLine(line);
        }

        if (options.Serve)
        {
            foreach (var result in new ServeBench(dll, log).Run(site, work, options.Edits))
            {
                serves.Add((size, result));
                log.WriteLine(string.Create(c,
                    $"  serve: initial build {result.InitialBuildMs:0} ms; {result.Edit} edits: edit→visible median {BuildRow.Median(result.EditToVisible):0} ms over {result.EditToVisible.Count} edits"));
            }
        }

        if (!options.Keep) Directory.Delete(siteDir, recursive: true);
        if (!options.Keep) Directory.Delete(outDir, recursive: true);
    }

    if (options.Congress) comparisons.Add(CongressBudget.Measure(runner, work, options.Keep, log));

    if (options.Example) comparisons.Add(ExampleStart.Measure(runner, new BuildRunner(jitDll), repo, work, Math.Max(options.Runs, 5), log));
}
finally
{
    if (Directory.Exists(published)) Directory.Delete(published, recursive: true);
    if (!options.Keep && Directory.Exists(work) && !Directory.EnumerateFileSystemEntries(work).Any()) Directory.Delete(work);
}

var notes = string.Join('\n', new[]
{
    $"Work folder {work} ({(work.StartsWith("/dev/shm", StringComparison.Ordinal) ? "memory" : "disk")}); {Environment.ProcessorCount} cores; median of {options.Runs} runs; each build a separate `dotnet arshjul.dll build` process into an empty folder (wall includes process start and JIT), of {(options.Jit ? "the Release build compiled at start (--jit)" : "the tool published ReadyToRun for this platform, as its package ships it")}.",
    "floor: the same files and bytes written from ready buffers on 2 threads, no parsing or templating. Serve: a save that changes only a session file's texts (title) is patched into the model the server keeps; any other save (title and duration) loads the content again (unchanged files from a cache) and plans the whole site; both render only what the edit touched; the 30 ms debounce (DevServerOptions.Debounce) is included in edit→visible.",
    HugoComparison.Available ? "Hugo: `hugo` from the machine on the same content laid out for it (tests/Arshjul.Site.Bench/hugo/, HugoSite), alternating with Arshjul." : "Hugo not measured here (no `hugo` on PATH: apt-get install hugo).",
}.Concat(comparisons).Concat(stages)) + "\n";
Console.WriteLine();
Console.WriteLine(ResultTable.Render(builds, serves, notes));
return 0;
