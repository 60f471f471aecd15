namespace Arshjul.Site.Rendering.Templates;

/// <summary>An error in a template, at a 1-based line and column (0 when unknown).</summary>
public sealed record TemplateProblem(string Path, int Line, int Column, string Message);
