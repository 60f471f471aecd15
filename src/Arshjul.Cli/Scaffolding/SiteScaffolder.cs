using System.Text;
using System.Text.RegularExpressions;
using Arshjul.Site.Themes;

namespace Arshjul.Cli.Scaffolding;

/// <summary>
/// `arshjul init`: a new site in an empty folder (see <see cref="StarterFiles"/>). Everything is
/// checked before anything is written, so a refused init leaves no trace; no file is ever overwritten,
/// not even with --force, which only allows a folder that already has files.
/// </summary>
internal static partial class SiteScaffolder
{
    public static readonly string[] DefaultLanguages = ["sv", "en"];

    /// <summary>What an empty folder may already hold: a fresh `git init` or `git clone` of an empty repository.</summary>
    private static readonly string[] AllowedEntries = [".git"];

    /// <summary>The time zone where most writers of a language live, as the default for a site in it.</summary>
    public static string DefaultTimeZone(string language) => language switch
    {
        "sv" => "Europe/Stockholm",
        "nb" or "nn" or "se" => "Europe/Oslo",
        "da" => "Europe/Copenhagen",
        "fi" => "Europe/Helsinki",
        "is" => "Atlantic/Reykjavik",
        "de" => "Europe/Berlin",
        _ => "Europe/Stockholm",
    };

    /// <summary>Reads "sv,en" or "sv en" into languages; null with a plain message when one is not usable.</summary>
    public static IReadOnlyList<string>? ReadLanguages(string text, out string? problem)
    {
        var languages = text.Split([',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        problem = null;
        if (languages.Count == 0)
        {
            problem = "--languages is empty; list at least one language, e.g. --languages sv,en.";
            return null;
        }

        foreach (var language in languages)
        {
            if (language == "no")
            {
                problem = "'no' is not a written language; use nb (bokmål) or nn (nynorsk).";
                return null;
            }

            if (!LanguagePattern().IsMatch(language))
            {
                problem = $"'{language}' is not a language code; use two or three lower-case letters such as sv, nb or en.";
                return null;
            }

            if (new ThemeFiles(Path.GetTempPath()).OpenI18n(language) is null)
            {
                problem = $"Arshjul has no words for the buttons and headings of '{language}' yet. "
                    + "Start with a language it has (for example sv, nb or en), then add i18n/" + language + ".yml to the site and the language to site.yml.";
                return null;
            }
        }

        var twice = languages.GroupBy(l => l).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
        {
            problem = $"'{twice.Key}' is listed twice in --languages.";
            return null;
        }

        return languages;
    }

    public static string? CheckTimeZone(string id) =>
        (TimeZoneInfo.TryFindSystemTimeZoneById(id, out _) && id.Contains('/', StringComparison.Ordinal)) || id == "UTC"
            ? null
            : $"'{id}' is not a time zone name; write it as the tz database does, e.g. Europe/Stockholm or Europe/Oslo.";

    public static string? CheckTitle(string title) =>
        title.Trim().Length == 0 ? "--title is empty; give the site a name, e.g. --title \"Regionala mötesplatser\"."
        : title.Any(char.IsControl) ? "--title has a line break or another control character; give it on one line."
        : null;

    /// <summary>Why init may not write into the folder, or null when it may.</summary>
    public static string? CheckFolder(string folder, bool force)
    {
        if (File.Exists(folder)) return $"{folder} is a file, not a folder. Name a new folder, e.g. 'arshjul init my-site'.";
        if (!Directory.Exists(folder) || force) return null;
        var entries = Directory.EnumerateFileSystemEntries(folder)
            .Select(Path.GetFileName).OfType<string>()
            .Where(name => !AllowedEntries.Contains(name))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (entries.Count == 0) return null;
        var shown = string.Join(", ", entries.Take(3)) + (entries.Count > 3 ? $" and {entries.Count - 3} more" : "");
        return $"{folder} is not empty (it has {shown}), so 'arshjul init' wrote nothing. "
            + "Start the site in a new folder, e.g. 'arshjul init my-site', or add --force to add the missing files here (existing files are kept, never overwritten).";
    }

    public static ScaffoldResult Create(InitRequest request)
    {
        if (CheckFolder(request.Folder, request.Force) is { } problem) return ScaffoldResult.Usage(problem);

        var created = new List<string>();
        var kept = new List<string>();
        foreach (var (path, text) in StarterFiles.For(request))
        {
            var full = Path.Combine(request.Folder, path.Replace('/', Path.DirectorySeparatorChar));
            if (!File.Exists(full) && NewFile.TryWrite(full, text)) created.Add(path);
            else kept.Add(path);
        }

        var message = new StringBuilder($"Created a new site in {request.Folder}:\n");
        foreach (var path in created) message.Append("  ").Append(path).Append('\n');
        if (kept.Count > 0)
        {
            message.Append("Kept these files as they were (not overwritten):\n");
            foreach (var path in kept) message.Append("  ").Append(path).Append('\n');
        }

        return new ScaffoldResult(ExitCodes.Success, message.ToString().TrimEnd('\n'), created.FirstOrDefault());
    }

    [GeneratedRegex("^[a-z]{2,3}$")]
    private static partial Regex LanguagePattern();
}
