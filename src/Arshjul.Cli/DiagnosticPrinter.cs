using Arshjul.Site.Build;

namespace Arshjul.Cli;

/// <summary>Writes diagnostics as `path:line:col: error AJnnnn: message`, each followed by its hint, then a count.</summary>
public static class DiagnosticPrinter
{
    public static void Print(IReadOnlyList<Diagnostic> diagnostics, TextWriter stderr)
    {
        foreach (var diagnostic in diagnostics)
        {
            stderr.WriteLine(diagnostic.ToString());
            if (diagnostic.Hint is { Length: > 0 } hint) stderr.WriteLine($"    hint: {hint}");
        }
    }

    public static string Count(IReadOnlyList<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Count(d => d.IsError);
        var warnings = diagnostics.Count - errors;
        return $"{errors} error{(errors == 1 ? "" : "s")}, {warnings} warning{(warnings == 1 ? "" : "s")}";
    }
}
