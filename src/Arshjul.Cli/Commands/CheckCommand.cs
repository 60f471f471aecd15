using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Serialization;
using Arshjul.Site.Build;
using Arshjul.Site.Configuration;
using Arshjul.Site.Content;
using Arshjul.Site.Diagnostics;
using Arshjul.Site.Model;

namespace Arshjul.Cli.Commands;

/// <summary>
/// `arshjul check`: runs every stage of a build but writes nothing, then lists the problems
/// (text on stderr and a summary on stdout, or one JSON document on stdout).
/// </summary>
public static class CheckCommand
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var source = CommonOptions.Source();
        var warningsAsErrors = new Option<bool>("--warnings-as-errors") { Description = "Fail (exit 1) on warnings too." };
        var format = new Option<string>("--format") { Description = "text (default) or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var translations = new Option<bool>("--translations") { Description = "Also report, per language, how much is translated and the files that are not." };
        var verbose = CommonOptions.Verbose();
        var command = new Command("check", "Check the site for problems without writing anything.") { source, warningsAsErrors, format, translations, verbose };
        command.SetAction(parse =>
        {
            var sourceDir = Path.GetFullPath(parse.GetValue(source) ?? ".");
            var result = SiteBuilder.Build(new BuildRequest { Source = sourceDir, WriteOutput = false });
            var diagnostics = result.Diagnostics;
            var errors = diagnostics.Count(d => d.IsError);
            var warnings = diagnostics.Count - errors;
            var report = parse.GetValue(translations) ? UntranslatedReport(result.Model) : null;

            if (parse.GetValue(format) == "json")
            {
                var document = new CheckReport(
                    diagnostics.Select(d => new CheckDiagnostic(d.IsError ? "error" : "warning", d.Code, d.Path, d.Line, d.Column, d.Message, d.Hint)).ToList(),
                    errors,
                    warnings,
                    report?.ToDictionary(r => r.Language, r => new CheckTranslations(r.Counts.ToDictionary(c => c.Kind, c => new CheckCount(c.Translated, c.Total)), r.Missing)));
                stdout.WriteLine(JsonSerializer.Serialize(document, Json));
            }
            else
            {
                DiagnosticPrinter.Print(diagnostics, stderr, parse.GetValue(verbose));
                var files = CountSourceFiles(sourceDir);
                var where = $"in {files} file{(files == 1 ? "" : "s")}";
                stdout.WriteLine(diagnostics.Count == 0 ? $"No problems found {where}." : $"{DiagnosticPrinter.Count(diagnostics)} {where}.");
                if (parse.GetValue(translations)) PrintTranslations(report, stdout);
            }

            return errors > 0 || (warnings > 0 && parse.GetValue(warningsAsErrors)) ? ExitCodes.ContentErrors : ExitCodes.Success;
        });
        return command;
    }

    /// <summary>site.yml and every file under content/ that the loader reads (hidden files and editor backups are skipped, as there).</summary>
    private static int CountSourceFiles(string siteRoot) =>
        (File.Exists(Path.Combine(siteRoot, SiteOptionsLoader.FileName)) ? 1 : 0) + ContentLoader.CountFiles(siteRoot);

    /// <summary>
    /// A table of counts (translated of all, per kind and language), then per language the source files it falls back to:
    ///   language  events  sessions  articles  pages  people
    ///   sv        2/2     0/0       0/0       1/1    1/1
    /// </summary>
    private static void PrintTranslations(IReadOnlyList<LanguageTranslations>? report, TextWriter stdout)
    {
        if (report is null)
        {
            stdout.WriteLine("Translations: not reported, because the site has errors; fix them first.");
            return;
        }

        stdout.WriteLine("Translations (translated of all):");
        var header = new[] { "language" }.Concat(TranslationReport.Kinds.Select(Plural)).ToList();
        var rows = report.Select(l => new[] { l.Language }.Concat(l.Counts.Select(c => $"{c.Translated}/{c.Total}")).ToList()).ToList();
        var widths = header.Select((h, i) => rows.Select(r => r[i].Length).Append(h.Length).Max()).ToList();
        foreach (var row in rows.Prepend(header))
        {
            stdout.WriteLine("  " + string.Join("  ", row.Select((cell, i) => cell.PadRight(widths[i]))).TrimEnd());
        }

        foreach (var language in report)
        {
            if (language.Missing.Count == 0)
            {
                stdout.WriteLine($"{language.Language}: everything is translated.");
                continue;
            }

            var count = language.Missing.Count;
            stdout.WriteLine($"{language.Language}: {count} file{(count == 1 ? " is" : "s are")} not translated:");
            foreach (var file in language.Missing)
            {
                var what = file.Fields.Count == 0 ? file.Kind : $"{file.Kind}: {string.Join(", ", file.Fields)}";
                stdout.WriteLine($"  {SafeText.Escape(file.Path)} ({what})");
            }
        }
    }

    private static string Plural(string kind) => kind == "person" ? "people" : kind + "s";

    /// <summary>Per site language, counts and the source files that language falls back to; null when the build had no model.</summary>
    internal static IReadOnlyList<LanguageTranslations>? UntranslatedReport(SiteModel? model) =>
        model is null ? null : TranslationReport.For(model);

    private sealed record CheckDiagnostic(string Severity, string Code, string Path, int Line, int Column, string Message, string? Hint);

    private sealed record CheckReport(
        IReadOnlyList<CheckDiagnostic> Diagnostics,
        int Errors,
        int Warnings,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyDictionary<string, CheckTranslations>? Translations);

    private sealed record CheckTranslations(IReadOnlyDictionary<string, CheckCount> Counts, IReadOnlyList<UntranslatedFile> Missing);

    private sealed record CheckCount(int Translated, int Total);
}
