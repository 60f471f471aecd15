using System.CommandLine;
using Arshjul.Site.Configuration;
using Arshjul.Site.Content;
using Arshjul.Site.Diagnostics;
using Arshjul.Site.Exchange.Import;

namespace Arshjul.Cli.Commands;

/// <summary>
/// `arshjul import frab|c3voc FILE --event SLUG`: a published schedule into content files. Exits 2, with nothing
/// written, when a file it would write exists and --force is not given; 1 when the schedule cannot be read.
/// </summary>
public static class ImportCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var format = new Argument<string>("format") { Description = "The schedule's format: frab (schedule.xml) or c3voc (schedule.json, as pretalx exports it)." };
        format.AcceptOnlyFromAmong([.. ScheduleFile.Formats]);
        var file = new Argument<string>("file") { Description = "The schedule file." };
        var eventOption = new Option<string>("--event") { Description = "The event's folder name under content/events/ (lower-case letters, digits and '-').", Required = true };
        var source = CommonOptions.Source();
        var language = new Option<string?>("--lang") { Description = "The language the schedule is written in (default: the site's first language)." };
        var force = new Option<bool>("--force") { Description = "Overwrite files that exist: to take in a newer version of the same schedule (slugs stay)." };
        var command = new Command("import", "Turn a published schedule (frab schedule.xml, c3voc/pretalx schedule.json) into content files.")
        {
            format, file, eventOption, source, language, force,
        };
        command.SetAction(parse => Run(
            parse.GetValue(format)!, parse.GetValue(file)!, parse.GetValue(eventOption)!, Path.GetFullPath(parse.GetValue(source) ?? "."),
            parse.GetValue(language), parse.GetValue(force), stdout, stderr));
        return command;
    }

    private static int Run(string format, string file, string eventSlug, string siteRoot, string? language, bool force, TextWriter stdout, TextWriter stderr)
    {
        var diagnostics = new DiagnosticBag();
        var options = SiteOptionsLoader.Load(siteRoot, diagnostics);
        if (options is null)
        {
            DiagnosticPrinter.Print(diagnostics.ToSortedList(), stderr);
            stderr.WriteLine($"arshjul: cannot read {SiteOptionsLoader.FileName}; fix it first.");
            return ExitCodes.ContentErrors;
        }

        var lang = language ?? options.DefaultLanguage;
        if (!options.Languages.Contains(lang))
        {
            stderr.WriteLine(SafeText.Escape($"arshjul: '{lang}' is not one of the site's languages ({string.Join(", ", options.Languages)})."
                + ContentLoader.DidYouMeanLanguage(lang, options.Languages)));
            return ExitCodes.UsageError;
        }

        if (!ContentPath.IsValidSlug(eventSlug))
        {
            stderr.WriteLine(SafeText.Escape($"arshjul: '{eventSlug}' is not a valid event name: use lower-case letters, digits and '-', e.g. '{ContentPath.SuggestSlug(eventSlug)}'."));
            return ExitCodes.UsageError;
        }

        var full = Path.GetFullPath(file);
        if (!File.Exists(full))
        {
            stderr.WriteLine(SafeText.Escape($"arshjul: there is no file {file}."));
            return ExitCodes.UsageError;
        }

        var shown = SourceLocation.RelativePath(siteRoot, full);
        var schedule = ScheduleFile.Read(format, full, shown, diagnostics);
        ImportResult result;
        try
        {
            if (schedule is null) throw new ScheduleProblem("");
            result = ScheduleImporter.Import(new ImportRequest(siteRoot, options, schedule, eventSlug, lang, force));
        }
        catch (ScheduleProblem problem)
        {
            if (problem.Message.Length > 0) diagnostics.Error(problem.Code, new SourceLocation(shown, problem.Line, problem.Column), problem.Message);
            DiagnosticPrinter.Print(diagnostics.ToSortedList(), stderr);
            return ExitCodes.ContentErrors;
        }

        if (!result.Succeeded)
        {
            stderr.WriteLine($"arshjul: the site already has these files; nothing was written:");
            foreach (var path in result.Refused) stderr.WriteLine("  " + SafeText.Escape(path));
            stderr.WriteLine("To replace them with this schedule (a newer version of it keeps the slugs), run the import again with --force.");
            return ExitCodes.UsageError;
        }

        foreach (var path in result.Created) stdout.WriteLine("created " + SafeText.Escape(path));
        foreach (var path in result.Updated) stdout.WriteLine("updated " + SafeText.Escape(path));
        foreach (var path in result.Kept) stdout.WriteLine("kept    " + SafeText.Escape(path));
        var items = schedule!.Talks.Count();
        stdout.WriteLine($"Imported {items} items of '{SafeText.Escape(schedule.Title)}' into content/events/{eventSlug}/: {result.Created.Count} files created, {result.Updated.Count} updated.");
        if (result.Notes.Count > 0)
        {
            stdout.WriteLine("Worth knowing:");
            foreach (var note in result.Notes) stdout.WriteLine("  - " + SafeText.Escape(note));
        }

        stdout.WriteLine("Run 'arshjul check' or 'arshjul serve' to see it.");
        return ExitCodes.Success;
    }
}
