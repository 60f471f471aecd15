using Arshjul.Site.Build;
using Arshjul.Site.Planning;

namespace Arshjul.Cli.Serve;

/// <summary>How to run the dev server.</summary>
public sealed record DevServerOptions
{
    /// <summary>The site root: the folder with site.yml.</summary>
    public required string Source { get; init; }

    /// <summary>An IP address or "localhost". Loopback by default, so drafts are not on the network.</summary>
    public string Host { get; init; } = "127.0.0.1";

    /// <summary>0 picks any free port (tests use that).</summary>
    public int Port { get; init; } = 5000;

    /// <summary>Where the build for serving goes; a fresh temporary folder (removed on stop) when null.</summary>
    public string? Output { get; init; }

    /// <summary>Where build reports and diagnostics are printed.</summary>
    public TextWriter Log { get; init; } = TextWriter.Null;

    /// <summary>
    /// Quiet time after the last file change before rebuilding: editors write a file in several steps, each within a
    /// few milliseconds of the last (truncate and write, or write a copy and rename it over). Short, because an edit
    /// should show at once; a step that comes later still ends in the right page, as a change during a build, or a file
    /// whose size or time moved while it was built, is built again (webpack waits 20 ms the same way).
    /// </summary>
    public TimeSpan Debounce { get; init; } = TimeSpan.FromMilliseconds(30);

    public int Parallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>
    /// The build itself, given the previous build's state and the paths changed since (null: build everything);
    /// replaceable so tests can make it fail.
    /// </summary>
    public Func<BuildRequest, PlanSnapshot?, IReadOnlyCollection<string>?, (BuildResult Result, PlanSnapshot? Plan)> Build { get; init; } = SiteBuilder.Build;
}
