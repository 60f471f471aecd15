namespace Arshjul.Site.Planning;

/// <summary>
/// What a plan leaves for the next build in the dev server, without its render functions (which would keep
/// the whole previous model alive): what each output depended on, which files the site had, and each
/// programme item's place in time, so the next plan can tell which outputs an edit affects.
/// </summary>
public sealed record PlanSnapshot(
    IReadOnlyDictionary<string, IReadOnlySet<string>> DependenciesByOutput,
    IReadOnlySet<string> ContentFiles,
    IReadOnlyList<string> StaticFiles,
    IReadOnlyDictionary<string, string> ItemSignatures);
