using System.Globalization;

namespace Arshjul.Site.Bench;

/// <summary>The command line of the benchmark; see README.md.</summary>
public sealed record BenchOptions
{
    public IReadOnlyList<SizeSpec> Sizes { get; init; } = [SizeSpec.S, SizeSpec.M, SizeSpec.L];

    public int Runs { get; init; } = 3;

    public int Edits { get; init; } = 20;

    /// <summary>Where sites and outputs go: /dev/shm when it exists (memory: measures the tool, not the disk).</summary>
    public string? Tmp { get; init; }

    /// <summary>Use a folder under /work (a real disk) instead of memory.</summary>
    public bool Disk { get; init; }

    public bool Micro { get; init; }

    /// <summary>Time the build's stages in this process, through the library.</summary>
    public bool Stages { get; init; }

    public bool Serve { get; init; } = true;

    /// <summary>Build the 1,500-item congress and report its largest page against the 1 MB budget (issue 15).</summary>
    public bool Congress { get; init; } = true;

    /// <summary>The example site as a fresh process, JIT and ReadyToRun (--no-example to skip).</summary>
    public bool Example { get; init; } = true;

    /// <summary>Time Hugo on the same content, alternating with Arshjul, when `hugo` is on PATH.</summary>
    public bool Hugo { get; init; } = true;

    /// <summary>Also build each size with translations that set their source's facts otherwise (one warning each), alternating with the plain site.</summary>
    public bool Warnings { get; init; }

    public bool Keep { get; init; }

    public int Seed { get; init; } = 2024;

    public bool Help { get; init; }

    /// <summary>--jit: measure the Release build, compiled by the JIT at start, instead of the tool as its package ships it (published ReadyToRun for this platform).</summary>
    public bool Jit { get; init; }

    /// <summary>--baseline DLL: another build of the tool (e.g. the last commit's), run alternately with this one on the same sites, for a before/after ratio from one run.</summary>
    public string? Baseline { get; init; }

    /// <summary>Arguments after --micro, for BenchmarkDotNet (e.g. --filter *Markdown*).</summary>
    public IReadOnlyList<string> MicroArgs { get; init; } = [];

    public static BenchOptions Parse(IReadOnlyList<string> args)
    {
        var options = new BenchOptions();
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            switch (args[i])
            {
                case "--quick":
                    options = options with { Sizes = [SizeSpec.S] };
                    break;
                case "--sizes":
                    options = options with { Sizes = Value().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(SizeSpec.Named).ToList() };
                    break;
                case "--runs":
                    options = options with { Runs = Math.Max(1, int.Parse(Value(), CultureInfo.InvariantCulture)) };
                    break;
                case "--edits":
                    options = options with { Edits = Math.Max(1, int.Parse(Value(), CultureInfo.InvariantCulture)) };
                    break;
                case "--seed":
                    options = options with { Seed = int.Parse(Value(), CultureInfo.InvariantCulture) };
                    break;
                case "--tmp":
                    options = options with { Tmp = Value() };
                    break;
                case "--disk":
                    options = options with { Disk = true };
                    break;
                case "--no-serve":
                    options = options with { Serve = false };
                    break;
                case "--no-hugo":
                    options = options with { Hugo = false };
                    break;
                case "--warnings":
                    options = options with { Warnings = true };
                    break;
                case "--no-example":
                    options = options with { Example = false };
                    break;
                case "--no-congress":
                    options = options with { Congress = false };
                    break;
                case "--stages":
                    options = options with { Stages = true };
                    break;
                case "--keep":
                    options = options with { Keep = true };
                    break;
                case "--jit":
                    options = options with { Jit = true };
                    break;
                case "--baseline":
                    options = options with { Baseline = Path.GetFullPath(Value()) };
                    break;
                case "--micro":
                    return options with { Micro = true, MicroArgs = args.Skip(i + 1).ToList() };
                case "-h" or "--help":
                    return options with { Help = true };
                default:
                    throw new ArgumentException($"Unknown option '{args[i]}'.");
            }
        }

        return options;
    }

    /// <summary>The working folder: --tmp, else a folder under /work with --disk, else /dev/shm, else the temp folder.</summary>
    public string WorkFolder(string repo)
    {
        var root = Tmp
            ?? (Disk ? Path.Combine(Path.GetDirectoryName(repo) ?? repo, "arshjul-bench-tmp")
            : Directory.Exists("/dev/shm") ? "/dev/shm" : Path.GetTempPath());
        return Path.Combine(root, "arshjul-bench");
    }

    public const string Usage = """
        Arshjul benchmark: generates synthetic sites and times `arshjul build` and `arshjul serve` on them.

          dotnet run -c Release --project tests/Arshjul.Site.Bench -- [options]

          --quick          size S only (a few minutes at most)
          --sizes S,M,L    the sizes to run (default: S,M,L)
          --runs N         builds per size; the median is reported (default 3)
          --edits N        edits per size in the serve test (default 20)
          --tmp DIR        where sites and outputs go (default /dev/shm if it exists, else the temp folder)
          --disk           use a folder under /work (a real disk) instead of memory
          --no-serve       skip the incremental (serve) measurement
          --no-hugo        skip the side-by-side with Hugo (run when `hugo` is on PATH)
          --warnings       also time each size with translations that set their source's facts otherwise (a warning each) against the plain site
          --no-example     skip the example site as a fresh process (JIT and ReadyToRun) against 0.4 s
          --no-congress    skip the 1,500-item congress (its largest page against the 1 MB budget)
          --stages         also time the build's stages in this process
          --keep           keep the generated sites and outputs
          --jit            measure the Release build compiled at start, not the tool as its package ships it (ReadyToRun)
          --baseline DLL   also build each site with another arshjul.dll, alternating with this one (before/after ratios)
          --seed N         the generator's seed (default 2024)
          --micro [BDN args]  BenchmarkDotNet micro-benchmarks of hot paths instead (e.g. --micro --filter *Markdown*)

        Sizes (all in sv, nb and en): S 10 events × 50 items, 300 people; M 50 × 100, 1,500; L 100 × 200, 5,000.
        """;
}
