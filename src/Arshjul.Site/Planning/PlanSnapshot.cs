namespace Arshjul.Site.Planning;

/// <summary>
/// What a plan leaves for the next build in the dev server: what each output depended on, which files the site
/// had, and each programme item's place in time, so the next plan can tell which outputs an edit affects.
/// </summary>
public sealed record PlanSnapshot(
    IReadOnlyDictionary<string, IReadOnlySet<string>> DependenciesByOutput,
    IReadOnlySet<string> ContentFiles,
    IReadOnlyList<string> StaticFiles,
    IReadOnlyDictionary<string, string> ItemSignatures)
{
    /// <summary>
    /// The plan itself with its model, after a build without any diagnostic, for an edit of a session file's texts
    /// (<c>Build.TextEdit</c>); null otherwise. A build that loads the whole site again lets it go first, so the
    /// dev server never holds two models.
    /// </summary>
    internal LivePlan? Live { get; set; }

    /// <summary>The build's "now": on another day every page is rendered again (<see cref="Model.SiteModel.SameDay"/>).</summary>
    public DateTimeOffset? Now { get; internal set; }
}
