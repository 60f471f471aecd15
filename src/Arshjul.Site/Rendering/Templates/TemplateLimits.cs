namespace Arshjul.Site.Rendering.Templates;

/// <summary>
/// Tells a Scriban limit error from any other runtime error. Scriban 7.5 throws the same
/// <c>ScriptRuntimeException</c> for all of them, so its messages are the only sign; the tests in
/// <c>TemplateLimitTests</c> render a template past each limit, so a Scriban update that rewords one fails there.
/// </summary>
public static class TemplateLimits
{
    private static readonly (string Start, TemplateLimit Limit)[] Messages =
    [
        ("Exceeding number of iteration limit", TemplateLimit.LoopIterations),
        ("Range expression exceeds LoopLimit", TemplateLimit.LoopIterations),
        ("Exceeding number of recursive depth limit", TemplateLimit.RecursionDepth),
        ("Exceeding recursive depth limit", TemplateLimit.RecursionDepth),
        ("Rendered output exceeds OutputLimit", TemplateLimit.OutputSize),
        ("String conversion reaches LimitToString", TemplateLimit.OutputSize),
        ("String multiplication exceeds LimitToString", TemplateLimit.OutputSize),
    ];

    /// <summary>The limit a Scriban runtime message reports, or null when it reports something else.</summary>
    public static TemplateLimit? Of(string scribanMessage)
    {
        foreach (var (start, limit) in Messages)
        {
            if (scribanMessage.StartsWith(start, StringComparison.Ordinal)) return limit;
        }

        return null;
    }
}
