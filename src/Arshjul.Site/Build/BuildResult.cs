using Arshjul.Site.Diagnostics;
using Arshjul.Site.Model;
using Arshjul.Site.Output;

namespace Arshjul.Site.Build;

/// <summary>The outcome of a build: its diagnostics and, when it succeeded, what it produced.</summary>
public sealed record BuildResult
{
    public required IReadOnlyList<Diagnostic> Diagnostics { get; init; }

    public SiteModel? Model { get; init; }

    /// <summary>The produced files, in path order, when they were kept in memory (`check`, --check-links, tests); empty when streamed to disk.</summary>
    public IReadOnlyList<OutputFile> Files { get; init; } = [];

    /// <summary>How many pages, calendars and files the build rendered (in an incremental build: re-rendered).</summary>
    public OutputTally Counts { get; init; } = new();

    /// <summary>True when only the outputs depending on the changed content were rendered.</summary>
    public bool Incremental { get; init; }

    public WriteSummary? Written { get; init; }

    /// <summary>External links found in the output (listed by --check-links, never fetched).</summary>
    public IReadOnlyList<string> ExternalLinks { get; init; } = [];

    public TimeSpan Elapsed { get; init; }

    /// <summary>Wall time per stage, in order (shown by the CLI when ARSHJUL_TIMINGS is set).</summary>
    public IReadOnlyList<(string Stage, TimeSpan Elapsed)> Stages { get; init; } = [];

    public bool Succeeded => !Diagnostics.Any(d => d.IsError);

    public int Pages => Counts.Pages;

    public int Calendars => Counts.Calendars;
}
