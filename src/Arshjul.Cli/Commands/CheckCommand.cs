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
        var translations = new Option<bool>("--translations") { Description = "Also list, per language, the pages and bios that are not translated." };
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
                    report?.ToDictionary(r => r.Language, r => r.Files));
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

    private static void PrintTranslations(IReadOnlyList<LanguageReport>? report, TextWriter stdout)
    {
        if (report is null)
        {
            stdout.WriteLine("Translations: not reported, because the site has errors; fix them first.");
            return;
        }

        foreach (var language in report)
        {
            var pages = language.Files.Count(f => f.Kind != "bio");
            var bios = language.Files.Count - pages;
            if (language.Files.Count == 0)
            {
                stdout.WriteLine($"{language.Language}: everything is translated.");
                continue;
            }

            var parts = new List<string>();
            if (pages > 0) parts.Add($"{pages} page{(pages == 1 ? "" : "s")}");
            if (bios > 0) parts.Add($"{bios} bio{(bios == 1 ? "" : "s")}");
            stdout.WriteLine($"{language.Language}: {string.Join(" and ", parts)} {(language.Files.Count == 1 ? "is" : "are")} not translated:");
            foreach (var file in language.Files) stdout.WriteLine($"  {SafeText.Escape(file.Path)} ({file.Kind})");
        }
    }

    /// <summary>Per site language, the source files whose text that language falls back to; null when the build had no model.</summary>
    internal static IReadOnlyList<LanguageReport>? UntranslatedReport(SiteModel? model)
    {
        if (model is null) return null;
        var result = new List<LanguageReport>();
        foreach (var language in model.Languages)
        {
            var files = new List<UntranslatedFile>();
            foreach (var ev in model.Events)
            {
                if (ev.Text.In(language).IsFallback) files.Add(new(SourcePath(ev.Files, ev.Text.SourceLanguage), "event"));
                foreach (var item in ev.AllItems.Where(i => i.IsFile && i.Text.In(language).IsFallback))
                {
                    files.Add(new(SourcePath(item.Files, item.Text.SourceLanguage), "session"));
                }
            }

            files.AddRange(model.Articles.Where(a => a.Text.In(language).IsFallback).Select(a => new UntranslatedFile(SourcePath(a.Files, a.Text.SourceLanguage), "article")));
            files.AddRange(model.Pages.Where(p => p.Text.In(language).IsFallback).Select(p => new UntranslatedFile(SourcePath(p.Files, p.Text.SourceLanguage), "page")));
            files.AddRange(model.People.Values
                .Select(p => p.Bio.In(language))
                .Where(bio => bio.IsFallback && bio.Value is not null)
                .Select(bio => new UntranslatedFile(bio.Value!.Path, "bio")));
            result.Add(new LanguageReport(language, files.OrderBy(f => f.Path, StringComparer.Ordinal).ToList()));
        }

        return result;
    }

    private static string SourcePath(IReadOnlyList<ContentDocument> files, string sourceLanguage) =>
        (files.FirstOrDefault(f => f.Language == sourceLanguage) ?? files[0]).Path;

    internal sealed record LanguageReport(string Language, IReadOnlyList<UntranslatedFile> Files);

    internal sealed record UntranslatedFile(string Path, string Kind);

    private sealed record CheckDiagnostic(string Severity, string Code, string Path, int Line, int Column, string Message, string? Hint);

    private sealed record CheckReport(
        IReadOnlyList<CheckDiagnostic> Diagnostics,
        int Errors,
        int Warnings,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyDictionary<string, IReadOnlyList<UntranslatedFile>>? Translations);
}
