namespace Arshjul.Site.Diagnostics;

/// <summary>
/// One problem found in a site, pointing at a place an author can open in an editor.
/// Paths are relative to the site root and use '/', so messages read the same everywhere.
/// </summary>
public sealed record Diagnostic(
    Severity Severity,
    string Code,
    string Path,
    int Line,
    int Column,
    string Message,
    string? Hint = null)
{
    public bool IsError => Severity == Severity.Error;

    /// <summary>
    /// The compiler-style line editors make clickable: <c>path:line:col: error AJnnnn: message</c>, with
    /// control characters in the path and message escaped (both can hold text from the site's files).
    /// </summary>
    public override string ToString() =>
        $"{SafeText.Escape(Path)}:{Line}:{Column}: {(IsError ? "error" : "warning")} {Code}: {SafeText.Escape(Message)}";

    public static Diagnostic Error(string code, SourceLocation at, string message, string? hint = null) =>
        new(Severity.Error, code, at.Path, at.Line, at.Column, message, hint);

    public static Diagnostic Warning(string code, SourceLocation at, string message, string? hint = null) =>
        new(Severity.Warning, code, at.Path, at.Line, at.Column, message, hint);
}
