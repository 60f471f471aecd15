namespace Arshjul.Site.Rendering.Templates;

/// <summary>
/// A template could not be rendered: a parse error, a missing template or a runtime error such
/// as a misspelt variable. Carries where (1-based; 0 when unknown) so the caller can report a diagnostic.
/// </summary>
public sealed class TemplateRenderException : Exception
{
    public TemplateRenderException(IReadOnlyList<TemplateProblem> problems, Exception? innerException = null)
        : base(problems.Count > 0 ? problems[0].Message : "Template error", innerException)
    {
        Problems = problems.Count > 0 ? problems : [new TemplateProblem(string.Empty, 0, 0, Message)];
    }

    /// <summary>Every problem found; parse errors can come several at a time.</summary>
    public IReadOnlyList<TemplateProblem> Problems { get; }

    public string TemplatePath => Problems[0].Path;

    public int Line => Problems[0].Line;

    public int Column => Problems[0].Column;

    /// <summary>The limit the template ran into, or null when it failed for another reason.</summary>
    public TemplateLimit? Limit => Problems[0].Limit;
}
