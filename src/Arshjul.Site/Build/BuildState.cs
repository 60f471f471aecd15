namespace Arshjul.Site.Build;

/// <summary>
/// What a successful build leaves for the next one in the dev server: what each output depended on,
/// and which files the site had, so the next build can tell whether an edit may be rendered incrementally.
/// </summary>
public sealed record BuildState(
    IReadOnlyDictionary<string, IReadOnlySet<string>> DependenciesByOutput,
    IReadOnlySet<string> ContentFiles,
    IReadOnlyList<string> StaticFiles,
    IReadOnlyDictionary<string, string> ItemSignatures);
