using System.CommandLine;
using Arshjul.Cli.Scaffolding;
using Arshjul.Site.Content;
using Arshjul.Site.Diagnostics;

namespace Arshjul.Cli.Commands;

/// <summary>`arshjul new event|session|speaker|article|page &lt;slug&gt;`: creates a content file with commented front matter.</summary>
public static class NewCommand
{
    private static readonly Dictionary<string, ContentKind> Kinds = new(StringComparer.Ordinal)
    {
        ["event"] = ContentKind.Event,
        ["session"] = ContentKind.Session,
        ["speaker"] = ContentKind.Person,
        ["article"] = ContentKind.Article,
        ["page"] = ContentKind.Page,
    };

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var kind = new Argument<string>("kind") { Description = "What to create: event, session, speaker, article or page." };
        kind.AcceptOnlyFromAmong([.. Kinds.Keys]);
        var slug = new Argument<string>("slug") { Description = "The name in the web address: lower-case letters, digits and '-'. An article gets today's date in front unless it has one." };
        var source = CommonOptions.Source();
        var eventOption = new Option<string?>("--event") { Description = "The event (its folder under content/events/) a session belongs to, or an article is about." };
        var language = new Option<string?>("--lang") { Description = "The file's language (default: the site's first language); also the language of its comments." };
        var now = new Option<string?>("--now") { Description = "The date and time taken as now (ISO 8601), for an article's date.", Hidden = true };
        var command = new Command("new", "Create a new content file where it belongs.") { kind, slug, source, eventOption, language, now };
        command.SetAction(parse =>
        {
            if (!CommonOptions.TryNow(parse.GetValue(now), stderr, out var nowValue)) return ExitCodes.UsageError;
            var request = new ScaffoldRequest(
                Path.GetFullPath(parse.GetValue(source) ?? "."),
                Kinds[parse.GetValue(kind)!],
                parse.GetValue(slug)!,
                parse.GetValue(eventOption),
                parse.GetValue(language),
                nowValue ?? DateTimeOffset.UtcNow);
            var result = ContentScaffolder.Create(request);
            if (result.Diagnostics is { } diagnostics) DiagnosticPrinter.Print(diagnostics, stderr);
            if (result.Succeeded)
            {
                stdout.WriteLine(SafeText.Escape(result.Message));
                stdout.WriteLine("Fill it in, then run 'arshjul check' or 'arshjul serve' to see it.");
            }
            else
            {
                stderr.WriteLine($"arshjul: {SafeText.Escape(result.Message)}");
            }

            return result.ExitCode;
        });
        return command;
    }
}
