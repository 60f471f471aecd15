using Arshjul.Site.Model;
using Arshjul.Site.Output;

namespace Arshjul.Site.Build;

/// <summary>The outcome of a build: its diagnostics and, when it succeeded, what it produced.</summary>
public sealed record BuildResult
{
    public required IReadOnlyList<Diagnostic> Diagnostics { get; init; }

    public SiteModel? Model { get; init; }

    public IReadOnlyList<OutputFile> Files { get; init; } = [];

    public WriteSummary? Written { get; init; }

    /// <summary>External links found in the output (listed by --check-links, never fetched).</summary>
    public IReadOnlyList<string> ExternalLinks { get; init; } = [];

    public TimeSpan Elapsed { get; init; }

    public bool Succeeded => !Diagnostics.Any(d => d.IsError);

    public int Pages => Files.Count(f => f.Kind == OutputKind.Page);

    public int Calendars => Files.Count(f => f.Kind == OutputKind.Calendar);
}
