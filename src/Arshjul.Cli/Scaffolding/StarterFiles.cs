using System.Globalization;
using System.Text;
using Arshjul.Site.Content;

namespace Arshjul.Cli.Scaffolding;

/// <summary>
/// The files of a new site, as (path, text) pairs: site.yml, one example event with a short inline
/// programme and its translations, an accessibility statement in every language, .gitignore and the
/// hosting workflows. Comments are in the language of the file (site.yml: the default language's).
/// </summary>
internal static class StarterFiles
{
    public const string GitIgnorePath = ".gitignore";

    public static IReadOnlyList<(string Path, string Text)> For(InitRequest request)
    {
        var defaultLanguage = request.Languages[0];
        var source = StarterTexts.For(defaultLanguage);
        var eventDate = EventDate(request.Today);
        var eventSlug = eventDate.Year.ToString(CultureInfo.InvariantCulture) + "-" + source.EventSlug;
        var eventSource = ContentScaffolder.RelativePath(ContentKind.Event, eventSlug, null, defaultLanguage);

        var files = new List<(string, string)> { ("site.yml", SiteYml(request, source)) };
        files.Add((eventSource, EventSource(source, ScaffoldTexts.For(defaultLanguage), eventDate)));
        foreach (var language in request.Languages.Skip(1))
        {
            files.Add((ContentScaffolder.RelativePath(ContentKind.Event, eventSlug, null, language),
                EventTranslation(StarterTexts.For(language), ScaffoldTexts.For(language), eventSource)));
        }

        foreach (var language in request.Languages)
        {
            files.Add((ContentScaffolder.RelativePath(ContentKind.Page, source.StatementSlug, null, language), Statement(StarterTexts.For(language))));
        }

        files.Add((GitIgnorePath, GitIgnore));
        files.Add((HostingWorkflows.GitHubPath, HostingWorkflows.GitHub(request.ToolVersion)));
        files.Add((HostingWorkflows.GitLabPath, HostingWorkflows.GitLab(request.ToolVersion)));
        return files;
    }

    /// <summary>A Tuesday four to five weeks ahead: upcoming, so the home page lists it, and on a working day.</summary>
    public static DateOnly EventDate(DateOnly today)
    {
        var date = today.AddDays(28);
        while (date.DayOfWeek != DayOfWeek.Tuesday) date = date.AddDays(1);
        return date;
    }

    private const string GitIgnore = """
        # Made by 'arshjul build'; the hosting workflows build it themselves.
        public/
        # Files editors and systems leave behind.
        .DS_Store
        Thumbs.db
        *.swp
        *~

        """;

    private static string SiteYml(InitRequest request, StarterTexts t)
    {
        var yaml = new StringBuilder();
        Comment(yaml, t.SiteComment);
        yaml.Append('\n');
        Comment(yaml, t.TitleComment);
        if (request.Title is { } title)
        {
            yaml.Append("title: ").Append(ScaffoldTemplates.Quote(title)).Append('\n');
        }
        else
        {
            yaml.Append("title:\n");
            foreach (var language in request.Languages) yaml.Append("  ").Append(language).Append(": ").Append(ScaffoldTemplates.Quote(StarterTexts.For(language).SiteTitle)).Append('\n');
        }

        foreach (var line in t.BaseUrlComment.Split('\n')) Comment(yaml, line);
        yaml.Append("baseUrl: https://example.org/\n");
        Comment(yaml, t.LanguagesComment);
        yaml.Append("languages: [").Append(string.Join(", ", request.Languages)).Append("]\n");
        Comment(yaml, t.TimeZoneComment);
        yaml.Append("timeZone: ").Append(request.TimeZone).Append('\n');
        return yaml.ToString();
    }

    private static string EventSource(StarterTexts t, ScaffoldTexts comments, DateOnly date)
    {
        var day = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var yaml = new StringBuilder();
        Comment(yaml, comments.Comments);
        yaml.Append('\n');
        Comment(yaml, comments.EventTitle);
        yaml.Append("title: ").Append(ScaffoldTemplates.Quote(t.EventTitle)).Append('\n');
        Comment(yaml, comments.EventKind);
        yaml.Append("kind: meeting\n");
        Comment(yaml, comments.EventStart);
        yaml.Append("start: ").Append(day).Append("T09:00\n");
        Comment(yaml, comments.EventEnd);
        yaml.Append("end: ").Append(day).Append("T12:00\n");
        Comment(yaml, comments.EventLocation);
        yaml.Append("location:\n  name: ").Append(ScaffoldTemplates.Quote(t.EventPlace)).Append('\n');
        Comment(yaml, comments.Summary);
        yaml.Append("summary: ").Append(ScaffoldTemplates.Quote(t.EventSummary)).Append('\n');
        Comment(yaml, t.ScheduleComment);
        yaml.Append("schedule:\n");
        Entry(yaml, "welcome", "09.00", "registration", t.ItemWelcome);
        Entry(yaml, "talk", "09.15", "talk", t.ItemTalk, duration: "45m");
        Entry(yaml, "break", "10.00", "break", t.ItemBreak);
        Entry(yaml, "groups", "10.30", "group-work", t.ItemGroups);
        return Document(yaml, t.EventBody);
    }

    /// <summary>A translation sets only texts; its programme entries are matched to the source's by id.</summary>
    private static string EventTranslation(StarterTexts t, ScaffoldTexts comments, string sourcePath)
    {
        var yaml = new StringBuilder();
        Comment(yaml, string.Format(CultureInfo.InvariantCulture, comments.Translation, sourcePath));
        yaml.Append("title: ").Append(ScaffoldTemplates.Quote(t.EventTitle)).Append('\n');
        yaml.Append("summary: ").Append(ScaffoldTemplates.Quote(t.EventSummary)).Append('\n');
        yaml.Append("schedule:\n");
        yaml.Append("  - id: welcome\n    title: ").Append(ScaffoldTemplates.Quote(t.ItemWelcome)).Append('\n');
        yaml.Append("  - id: talk\n    title: ").Append(ScaffoldTemplates.Quote(t.ItemTalk)).Append('\n');
        yaml.Append("  - id: break\n    title: ").Append(ScaffoldTemplates.Quote(t.ItemBreak)).Append('\n');
        yaml.Append("  - id: groups\n    title: ").Append(ScaffoldTemplates.Quote(t.ItemGroups)).Append('\n');
        return Document(yaml, t.EventBody);
    }

    private static string Statement(StarterTexts t)
    {
        var yaml = new StringBuilder();
        yaml.Append("title: ").Append(ScaffoldTemplates.Quote(t.StatementTitle)).Append('\n');
        yaml.Append("summary: ").Append(ScaffoldTemplates.Quote(t.StatementSummary)).Append('\n');
        return Document(yaml, t.StatementBody.ReplaceLineEndings("\n"));
    }

    private static void Entry(StringBuilder yaml, string id, string time, string kind, string title, string? duration = null)
    {
        yaml.Append("  - id: ").Append(id).Append('\n');
        yaml.Append("    time: \"").Append(time).Append("\"\n");
        if (duration is not null) yaml.Append("    duration: ").Append(duration).Append('\n');
        yaml.Append("    kind: ").Append(kind).Append('\n');
        yaml.Append("    title: ").Append(ScaffoldTemplates.Quote(title)).Append('\n');
    }

    private static string Document(StringBuilder yaml, string body) => "---\n" + yaml + "---\n" + body + "\n";

    private static void Comment(StringBuilder yaml, string text) => yaml.Append("# ").Append(text).Append('\n');
}
