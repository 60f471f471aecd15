namespace Arshjul.Site.Rendering.Templates;

/// <summary>An error in a template, at a 1-based line and column (0 when unknown).</summary>
/// <param name="Limit">The bound the template ran into, when that is why it failed; null for any other error.</param>
public sealed record TemplateProblem(string Path, int Line, int Column, string Message, TemplateLimit? Limit = null);
