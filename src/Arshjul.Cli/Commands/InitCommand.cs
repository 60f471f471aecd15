using System.CommandLine;
using System.Reflection;
using Arshjul.Cli.Scaffolding;
using Arshjul.Site.Diagnostics;

namespace Arshjul.Cli.Commands;

/// <summary>
/// `arshjul init [DIR]`: a new site, ready to build and publish. Asks for what its options do not say only
/// when someone is at a terminal (<paramref name="terminal"/> is not null); otherwise takes the defaults, so
/// a script or CI never waits on input.
/// </summary>
public static class InitCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, TextReader? terminal)
    {
        var folder = new Argument<string?>("folder") { Description = "The new site's folder (default: the current folder). It must be empty.", Arity = ArgumentArity.ZeroOrOne };
        var languages = new Option<string?>("--languages") { Description = "The site's languages, the default first, e.g. sv,en or nb,nn,en (default: sv,en)." };
        var title = new Option<string?>("--title") { Description = "The site's name, the same in every language (default: a name per language, to change in site.yml)." };
        var timeZone = new Option<string?>("--time-zone") { Description = "The events' time zone, e.g. Europe/Oslo (default: the first language's, Europe/Stockholm for sv)." };
        var force = new Option<bool>("--force") { Description = "Add the missing files to a folder that already has files; existing files are kept, never overwritten." };
        var now = new Option<string?>("--now") { Description = "The date and time taken as now (ISO 8601), for the example event's date.", Hidden = true };
        var command = new Command("init", "Create a new site: site.yml, an example event, an accessibility statement and publishing workflows.")
        {
            folder, languages, title, timeZone, force, now,
        };
        command.SetAction(parse =>
        {
            if (!CommonOptions.TryNow(parse.GetValue(now), stderr, out var nowValue)) return ExitCodes.UsageError;
            var target = Path.GetFullPath(parse.GetValue(folder) ?? ".");
            var forceValue = parse.GetValue(force);

            // The folder first: asking three questions and then refusing would waste the answers.
            if (SiteScaffolder.CheckFolder(target, forceValue) is { } folderProblem) return Usage(stderr, folderProblem);

            var languagesText = parse.GetValue(languages) ?? Ask(terminal, stdout, "Languages, the default first", string.Join(",", SiteScaffolder.DefaultLanguages))!;
            var languageList = SiteScaffolder.ReadLanguages(languagesText, out var languageProblem);
            if (languageList is null) return Usage(stderr, languageProblem!);

            var titleValue = parse.GetValue(title) ?? Ask(terminal, stdout, "The site's name (Enter: a name per language, to change in site.yml)", null);
            if (titleValue is not null && SiteScaffolder.CheckTitle(titleValue) is { } titleProblem) return Usage(stderr, titleProblem);

            var zone = parse.GetValue(timeZone) ?? Ask(terminal, stdout, "Time zone", SiteScaffolder.DefaultTimeZone(languageList[0])) ?? SiteScaffolder.DefaultTimeZone(languageList[0]);
            if (SiteScaffolder.CheckTimeZone(zone) is { } zoneProblem) return Usage(stderr, zoneProblem);

            var clock = nowValue ?? DateTimeOffset.UtcNow;
            var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock, TimeZoneInfo.FindSystemTimeZoneById(zone)).DateTime);
            var result = SiteScaffolder.Create(new InitRequest(target, languageList, titleValue?.Trim(), zone, today, ToolVersion, forceValue));
            if (!result.Succeeded) return Usage(stderr, result.Message);

            foreach (var line in result.Message.Split('\n')) stdout.WriteLine(SafeText.Escape(line));
            var cd = target == Path.GetFullPath(".") ? "" : $"cd {SafeText.Escape(Path.GetRelativePath(".", target))}, then ";
            stdout.WriteLine($"Next: {cd}run 'arshjul serve' and open the address it prints. Edit the files in content/ and the page follows.");
            stdout.WriteLine($"To publish, put the folder on GitHub or GitLab: {HostingWorkflows.GitHubPath} and {HostingWorkflows.GitLabPath} build it there, and again every day.");
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The tool's version without build metadata ("1.2.0", not "1.2.0+abc123").</summary>
    public static string ToolVersion
    {
        get
        {
            var version = typeof(InitCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "1.0.0";
            var plus = version.IndexOf('+', StringComparison.Ordinal);
            return plus < 0 ? version : version[..plus];
        }
    }

    /// <summary>Asks one question at a terminal; null without one, or when the answer is empty and there is no default.</summary>
    private static string? Ask(TextReader? terminal, TextWriter stdout, string question, string? defaultAnswer)
    {
        if (terminal is null) return defaultAnswer;
        stdout.Write(defaultAnswer is null ? $"{question}: " : $"{question} [{defaultAnswer}]: ");
        stdout.Flush();
        var answer = terminal.ReadLine()?.Trim();
        return string.IsNullOrEmpty(answer) ? defaultAnswer : answer;
    }

    private static int Usage(TextWriter stderr, string message)
    {
        stderr.WriteLine($"arshjul: {SafeText.Escape(message)}");
        return ExitCodes.UsageError;
    }
}
