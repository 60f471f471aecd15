using Arshjul.Site.Output;

namespace Arshjul.Site.Planning;

/// <summary>The outputs a build renders: all of them, or (incremental) those an edit affects.</summary>
/// <param name="ChangedFiles">The changed site paths of an incremental build; null for a full build.</param>
public sealed record PlanSelection(IReadOnlyList<PlannedOutput> Outputs, IReadOnlySet<string>? ChangedFiles)
{
    public bool IsIncremental => ChangedFiles is not null;
}
