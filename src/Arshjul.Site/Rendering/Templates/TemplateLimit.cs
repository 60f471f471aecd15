namespace Arshjul.Site.Rendering.Templates;

/// <summary>
/// The bounds a template can run into while rendering. Each stops the page with an error: a page is
/// never written shorter than its template makes it.
/// </summary>
public enum TemplateLimit
{
    /// <summary>Loop iterations (<see cref="HtmlEscapingTemplateContext.MaxLoopIterations"/>), counted over nested loops together.</summary>
    LoopIterations,

    /// <summary>Nested includes and function calls (<see cref="HtmlEscapingTemplateContext.MaxRecursionDepth"/>).</summary>
    RecursionDepth,

    /// <summary>The size of one text or of the output; off in Arshjul, and an error should anyone turn it on.</summary>
    OutputSize,
}
