using System.Text.RegularExpressions;
using Arshjul.Site.Content;
using Arshjul.Site.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Arshjul.Site.Configuration;

/// <summary>Reads site.yml; unknown keys are errors, like everywhere else.</summary>
public static partial class SiteOptionsLoader
{
    public const string FileName = "site.yml";

    /// <summary>The theme built into the tool, used when site.yml names none.</summary>
    public const string DefaultTheme = "default";

    private const string ThemesFolder = "themes";

    private static readonly string[] Keys = ["title", "description", "baseUrl", "languages", "timeZone", "theme", "dayChange", "markdown", "kinds"];

    public static SiteOptions? Load(string siteRoot, DiagnosticBag diagnostics, string? baseUrlOverride = null)
    {
        var site = new SiteFiles(siteRoot, diagnostics);
        if (!site.Exists(FileName))
        {
            diagnostics.Error(DiagnosticCodes.MissingFile, SourceLocation.StartOf(FileName),
                $"There is no {FileName} in {Path.GetFullPath(siteRoot)}.",
                "Run the command in the site's folder, or point --source at the folder that has site.yml. To start a new site, run 'arshjul init'.");
            return null;
        }

        var text = site.ReadText(FileName);
        if (text is null) return null;
        var data = FrontMatterReader.ReadYamlFile(text, FileName, diagnostics);
        var options = data is null ? null : Read(data, diagnostics, baseUrlOverride);
        return options is null || !ThemeExists(site, options.Theme, data!, diagnostics) ? null : options;
    }

    /// <summary>A site theme is a folder of the site; only the built-in 'default' may be absent.</summary>
    private static bool ThemeExists(SiteFiles site, string theme, YamlObject data, DiagnosticBag diagnostics)
    {
        if (theme == DefaultTheme || site.IsFolder(ThemesFolder + "/" + theme)) return true;

        // Listing a link out of the site (or a loop) reports it; then that is the whole story.
        var errorsBefore = diagnostics.ErrorCount;
        site.List(ThemesFolder + "/" + theme);
        if (diagnostics.ErrorCount > errorsBefore) return false;
        diagnostics.Error(DiagnosticCodes.MissingTheme, data.ValueLocation("theme"),
            $"'theme' is '{theme}', but there is no folder {ThemesFolder}/{theme}/ in the site.",
            $"Create {ThemesFolder}/{theme}/ with the theme's layouts/, or remove 'theme' to use the built-in theme '{DefaultTheme}'.");
        return false;
    }

    public static SiteOptions? Read(YamlObject data, DiagnosticBag diagnostics, string? baseUrlOverride = null)
    {
        var errorsBefore = diagnostics.ErrorCount;
        var languages = ReadLanguages(data, diagnostics);
        var title = ReadLocalized(data, "title", languages, diagnostics);
        if (title.Count == 0 && !data.Has("title"))
        {
            diagnostics.Error(DiagnosticCodes.MissingRequired, data.Location, "site.yml has no 'title'; it is required.");
        }

        var description = ReadLocalized(data, "description", languages, diagnostics);
        var baseUrl = ReadBaseUrl(data, diagnostics, baseUrlOverride);
        var zoneId = data.Text("timeZone") ?? "Europe/Stockholm";
        TimeZoneInfo? zone = null;
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(zoneId, out zone))
        {
            diagnostics.Error(DiagnosticCodes.UnknownTimeZone, data.ValueLocation("timeZone"),
                $"{SafeText.Quote(zoneId)} is not a time zone this machine knows.", "Use an IANA name such as Europe/Stockholm or Europe/Oslo.");
        }

        var theme = data.Text("theme") ?? DefaultTheme;
        if (!ThemeNamePattern().IsMatch(theme))
        {
            diagnostics.Error(DiagnosticCodes.InvalidThemeName, data.ValueLocation("theme"),
                $"'theme' is '{Shorten(theme)}'; a theme is named by its folder under {ThemesFolder}/, not by a path.",
                $"Write the folder's name alone, such as 'theme: my-theme' for {ThemesFolder}/my-theme/ (letters, digits, '-' and '_').");
        }

        var dayChange = data.Time("dayChange") ?? new TimeOnly(4, 0);
        var markdownUnsafe = false;
        if (data.Object("markdown") is { } markdown)
        {
            markdownUnsafe = markdown.Boolean("unsafe") ?? false;
            markdown.ReportUnknownKeys(["unsafe"], "the 'markdown' settings");
        }

        var kinds = data.TextList("kinds");
        data.ReportUnknownKeys(Keys, FileName);
        if (diagnostics.ErrorCount > errorsBefore || baseUrl is null || zone is null || languages.Count == 0) return null;

        return new SiteOptions
        {
            Title = title,
            Description = description,
            BaseUrl = baseUrl,
            Languages = languages,
            TimeZoneId = zoneId,
            TimeZone = zone,
            Theme = theme,
            DayChange = dayChange,
            MarkdownUnsafe = markdownUnsafe,
            Kinds = kinds,
        };
    }

    private static List<string> ReadLanguages(YamlObject data, DiagnosticBag diagnostics)
    {
        var languages = data.TextList("languages").ToList();
        if (languages.Count == 0)
        {
            diagnostics.Error(DiagnosticCodes.MissingRequired, data.KeyLocation("languages"),
                "site.yml has no 'languages'; list at least one, e.g. languages: [sv, en].");
        }

        foreach (var language in languages.Where(l => !LanguagePattern().IsMatch(l)))
        {
            diagnostics.Error(DiagnosticCodes.UnknownLanguage, data.ValueLocation("languages"),
                $"{SafeText.Quote(language)} is not a language code; use two or three lower-case letters such as sv, nb or en.");
        }

        // 'no' and 'dk' are slips for nb/nn and da; 'se' is a site language of its own (Northern Sami), unlike as a talk's language.
        foreach (var language in languages.Where(l => LanguagePattern().IsMatch(l) && l != "se"))
        {
            if (LanguageTag.Check(language, []) is { Code: DiagnosticCodes.LanguageSlip } slip)
            {
                diagnostics.Error(DiagnosticCodes.LanguageSlip, data.ValueLocation("languages"), slip.Message!, slip.Hint);
            }
        }

        var duplicate = languages.GroupBy(l => l).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            diagnostics.Error(DiagnosticCodes.InvalidValue, data.ValueLocation("languages"), $"{SafeText.Quote(duplicate.Key)} is listed twice in 'languages'.");
        }

        return languages.Where(l => LanguagePattern().IsMatch(l)).Distinct().ToList();
    }

    /// <summary>A plain text means every language; a mapping gives one text per language.</summary>
    private static Dictionary<string, string> ReadLocalized(YamlObject data, string key, IReadOnlyList<string> languages, DiagnosticBag diagnostics)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        var node = data.Get(key);
        switch (node)
        {
            case null:
                break;
            case YamlScalarNode { Value: { } text }:
                foreach (var language in languages) result[language] = text.Trim();
                break;
            case YamlMappingNode:
                var map = data.Object(key)!;
                foreach (var language in map.Keys.ToList())
                {
                    if (!languages.Contains(language))
                    {
                        diagnostics.Error(DiagnosticCodes.UnknownLanguage, map.KeyLocation(language),
                            $"'{key}' has a text for {SafeText.Quote(language)}, which is not in 'languages'.");
                        continue;
                    }

                    if (map.Text(language) is { } value) result[language] = value;
                }

                break;
            default:
                data.WrongType(key, node, "text, or one text per language");
                break;
        }

        return result;
    }

    private static Uri? ReadBaseUrl(YamlObject data, DiagnosticBag diagnostics, string? overrideUrl)
    {
        var text = overrideUrl ?? data.Text("baseUrl");
        var at = data.ValueLocation("baseUrl");
        if (string.IsNullOrWhiteSpace(text))
        {
            diagnostics.Error(DiagnosticCodes.MissingRequired, data.Location,
                "site.yml has no 'baseUrl'; it is required for calendar links, the sitemap and feeds.",
                "Add e.g. baseUrl: https://example.org/");
            return null;
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            diagnostics.Error(DiagnosticCodes.InvalidValue, at, $"'baseUrl' is {SafeText.Quote(text)}, which is not an absolute http(s) address.");
            return null;
        }

        // Every URL is built by appending site paths, which needs the trailing slash.
        return uri.AbsolutePath.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");
    }

    // A plain folder name: no '/', '\\', '..' or drive, so the theme can only be a folder under themes/.
    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_-]{0,63}\\z")]
    private static partial Regex ThemeNamePattern();

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "…";

    [GeneratedRegex("^[a-z]{2,3}$")]
    private static partial Regex LanguagePattern();
}
