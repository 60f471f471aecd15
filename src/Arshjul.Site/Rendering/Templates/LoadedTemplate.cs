using Scriban;

namespace Arshjul.Site.Rendering.Templates;

/// <summary>A template found through the fallback chain and parsed once.</summary>
/// <param name="Name">The name asked for, relative to <c>layouts/</c> (e.g. <c>partials/header.html</c>).</param>
/// <param name="Path">Where it was found: a file path, or <c>embedded:themes/default/layouts/…</c>.</param>
/// <param name="Template">The parsed template; shared, so only rendered, never changed.</param>
/// <param name="Problems">Parse errors; a template with any must not be rendered.</param>
public sealed record LoadedTemplate(string Name, string Path, Template Template, IReadOnlyList<TemplateProblem> Problems)
{
    public bool HasErrors => Problems.Count > 0;
}
