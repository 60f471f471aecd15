using Arshjul.Site.Content;
using Arshjul.Site.Diagnostics;
using Arshjul.Site.Themes;

namespace Arshjul.Site.I18n;

/// <summary>
/// The theme's UI strings per language (themes/&lt;theme&gt;/i18n/&lt;lang&gt;.yml, overridable per site in
/// i18n/&lt;lang&gt;.yml). A key missing in a language is a warning and shows as the key itself:
/// never another language's text, so no language leaks into another's pages.
/// </summary>
public sealed class UiStrings
{
    private readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> _byLanguage;

    private UiStrings(IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> byLanguage)
    {
        _byLanguage = byLanguage;
    }

    public IReadOnlyDictionary<string, string> For(string language) => _byLanguage[language];

    public string Get(string language, string key) =>
        _byLanguage.TryGetValue(language, out var strings) && strings.TryGetValue(key, out var text) ? text : key;

    /// <summary>A string with {name} placeholders filled in.</summary>
    public string Format(string language, string key, params (string Name, string Value)[] values)
    {
        var text = Get(language, key);
        foreach (var (name, value) in values) text = text.Replace("{" + name + "}", value, StringComparison.Ordinal);
        return text;
    }

    public static UiStrings Load(string siteRoot, IReadOnlyList<string> languages, ThemeFiles theme, DiagnosticBag diagnostics)
    {
        var perLanguage = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        var sources = new Dictionary<string, string>(StringComparer.Ordinal);
        var site = new SiteFiles(siteRoot, diagnostics);
        foreach (var language in languages)
        {
            var strings = new Dictionary<string, string>(StringComparer.Ordinal);
            if (theme.OpenI18n(language) is { } themeStrings)
            {
                Read(themeStrings.Text, themeStrings.Path, strings, diagnostics);
                sources[language] = themeStrings.Path;
            }

            var relative = $"i18n/{language}.yml";
            if (site.Exists(relative))
            {
                if (site.ReadText(relative) is { } text) Read(text, relative, strings, diagnostics);
                sources.TryAdd(language, relative);
            }

            perLanguage[language] = strings;
        }

        // Every key some language has is a key every language should have.
        var allKeys = perLanguage.Values.SelectMany(s => s.Keys).ToHashSet(StringComparer.Ordinal);
        foreach (var (language, strings) in perLanguage)
        {
            foreach (var key in allKeys.Where(k => !strings.ContainsKey(k)).Order(StringComparer.Ordinal))
            {
                var path = sources.GetValueOrDefault(language, $"i18n/{language}.yml");
                diagnostics.Warning(DiagnosticCodes.MissingUiString, SourceLocation.StartOf(path),
                    $"The UI string '{key}' has no text in '{language}'; pages in that language show the key instead.",
                    $"Add '{key}: …' to i18n/{language}.yml.");
                strings[key] = key;
            }
        }

        return new UiStrings(perLanguage.ToDictionary(p => p.Key, p => (IReadOnlyDictionary<string, string>)p.Value, StringComparer.Ordinal));
    }

    private static void Read(string text, string path, Dictionary<string, string> into, DiagnosticBag diagnostics)
    {
        var data = FrontMatterReader.ReadYamlFile(text, path, diagnostics);
        if (data is null) return;
        foreach (var key in data.Keys.ToList())
        {
            if (data.Text(key) is { } value) into[key] = value;
        }
    }
}
