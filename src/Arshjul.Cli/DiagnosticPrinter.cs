using System.Globalization;
using Arshjul.Site.Diagnostics;

namespace Arshjul.Cli;

/// <summary>
/// Writes diagnostics as `path:line:col: error AJnnnn: message`, each followed by its hint, then a count.
/// Text from files is escaped (see <see cref="SafeText"/>). Unless verbose, only the first
/// <see cref="GroupAfter"/> of one kind are printed, then one line counting the rest, so a flood of
/// one warning does not bury the other problems.
/// </summary>
public static class DiagnosticPrinter
{
    public const int GroupAfter = 20;

    public static void Print(IReadOnlyList<Diagnostic> diagnostics, TextWriter stderr, bool verbose = false)
    {
        var totals = diagnostics.GroupBy(KindOf).ToDictionary(g => g.Key, g => g.Count());
        var printed = new Dictionary<(bool, string), int>();
        foreach (var diagnostic in diagnostics)
        {
            var kind = KindOf(diagnostic);
            var count = printed[kind] = printed.GetValueOrDefault(kind) + 1;
            if (!verbose && count > GroupAfter)
            {
                if (count == GroupAfter + 1) stderr.WriteLine(More(diagnostic, totals[kind] - GroupAfter));
                continue;
            }

            stderr.WriteLine(diagnostic.ToString());
            if (diagnostic.Hint is { Length: > 0 } hint) stderr.WriteLine($"    hint: {SafeText.Escape(hint)}");
        }
    }

    public static string Count(IReadOnlyList<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Count(d => d.IsError);
        var warnings = diagnostics.Count - errors;
        return $"{errors} error{(errors == 1 ? "" : "s")}, {warnings} warning{(warnings == 1 ? "" : "s")}";
    }

    private static (bool IsError, string Code) KindOf(Diagnostic diagnostic) => (diagnostic.IsError, diagnostic.Code);

    private static string More(Diagnostic diagnostic, int rest)
    {
        var noun = (diagnostic.IsError ? "error" : "warning") + (rest == 1 ? "" : "s");
        return string.Create(CultureInfo.InvariantCulture, $"… and {rest:N0} more {noun} {diagnostic.Code} like these (run with --verbose to see all)");
    }
}
