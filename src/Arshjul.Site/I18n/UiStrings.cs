using System.Globalization;
using Arshjul.Site.Configuration;
using Arshjul.Site.Content;
using Arshjul.Site.Diagnostics;
using Arshjul.Site.Themes;

namespace Arshjul.Site.I18n;

/// <summary>
/// The theme's UI strings per language (themes/&lt;theme&gt;/i18n/&lt;lang&gt;.yml, overridable per site in
/// i18n/&lt;lang&gt;.yml). A language may lack keys, or have no strings at all (a site language the theme does
/// not know): that is one warning per language naming the keys, and its pages get the English text for them,
/// never a raw key.
/// </summary>
public sealed class UiStrings
{
    /// <summary>The language whose strings stand in for missing ones: every theme has it, and most readers read it.</summary>
    public const string FallbackLanguage = "en";

    private readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> _byLanguage;

    private UiStrings(IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> byLanguage)
    {
        _byLanguage = byLanguage;
    }

    public IReadOnlyDictionary<string, string> For(string language) => _byLanguage[language];

    /// <summary>The text of a key; the key itself when no language has it (callers that may ask for such keys use <see cref="TryGet"/>).</summary>
    public string Get(string language, string key) => TryGet(language, key) ?? key;

    /// <summary>The text of a key, or null when no language of the site (nor English) has it, as for a kind the theme does not name.</summary>
    public string? TryGet(string language, string key) =>
        _byLanguage.TryGetValue(language, out var strings) && strings.TryGetValue(key, out var text) ? text : null;

    /// <summary>A string with {name} placeholders filled in.</summary>
    public string Format(string language, string key, params (string Name, string Value)[] values) =>
        Fill(Get(language, key), values);

    /// <summary>A text with {name} placeholders filled in.</summary>
    public static string Fill(string text, params (string Name, string Value)[] values)
    {
        foreach (var (name, value) in values) text = text.Replace("{" + name + "}", value, StringComparison.Ordinal);
        return text;
    }

    public static UiStrings Load(string siteRoot, IReadOnlyList<string> languages, ThemeFiles theme, DiagnosticBag diagnostics)
    {
        var site = new SiteFiles(siteRoot, diagnostics);
        var loaded = languages.ToDictionary(l => l, l => LanguageStrings.Read(l, theme, site, diagnostics), StringComparer.Ordinal);
        var fallback = loaded.TryGetValue(FallbackLanguage, out var english) ? english : LanguageStrings.Read(FallbackLanguage, theme, site, diagnostics);

        // Every key the fallback or some site language has is a key every language should have.
        var allKeys = fallback.Strings.Keys.Concat(loaded.Values.SelectMany(s => s.Strings.Keys)).ToHashSet(StringComparer.Ordinal);
        var result = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        foreach (var language in languages)
        {
            var own = loaded[language];
            var strings = new Dictionary<string, string>(own.Strings, StringComparer.Ordinal);
            var missing = allKeys.Where(k => !strings.ContainsKey(k)).Order(StringComparer.Ordinal).ToList();
            foreach (var key in missing)
            {
                strings[key] = StandIn(language, key, fallback, languages.Select(l => loaded[l]));
            }

            if (missing.Count > 0) ReportMissing(language, own, missing, diagnostics);
            result[language] = strings;
        }

        return new UiStrings(result);
    }

    /// <summary>
    /// The text a missing key gets. The culture and the language's own name are facts of the language, not texts to
    /// borrow from English: a missing culture is the language code (so dates get that language's names), a missing
    /// native name the culture data's.
    /// </summary>
    private static string StandIn(string language, string key, LanguageStrings fallback, IEnumerable<LanguageStrings> others)
    {
        switch (key)
        {
            case "culture":
                return language;
            case "native_name":
                return NativeName(language) ?? language;
        }

        if (fallback.Strings.TryGetValue(key, out var english)) return english;
        return others.Select(o => o.Strings.GetValueOrDefault(key)).First(t => t is not null)!;
    }

    private static void ReportMissing(string language, LanguageStrings own, IReadOnlyList<string> missing, DiagnosticBag diagnostics)
    {
        var keys = string.Join(", ", missing);
        if (own.ThemeFile is null && own.SiteFile is null)
        {
            diagnostics.Warning(DiagnosticCodes.MissingUiString, SourceLocation.StartOf(SiteOptionsLoader.FileName),
                $"There are no UI strings for the language '{language}' (no i18n/{language}.yml in the site or its theme), so its pages show the English texts of the menus, labels and notes.",
                $"Add i18n/{language}.yml with a translation of each key of the theme's en.yml ({missing.Count} keys, such as {string.Join(", ", missing.Take(3))}).");
            return;
        }

        var noun = missing.Count == 1 ? "key" : "keys";
        diagnostics.Warning(DiagnosticCodes.MissingUiString, SourceLocation.StartOf(own.SiteFile ?? own.ThemeFile ?? $"i18n/{language}.yml"),
            $"The UI strings for '{language}' lack {missing.Count} {noun}: {keys}; pages in that language show the English text for {(missing.Count == 1 ? "it" : "them")}.",
            $"Add {(missing.Count == 1 ? "it" : "them")} to i18n/{language}.yml, e.g. '{missing[0]}: …'.");
    }

    private static string? NativeName(string language) =>
        LanguageNames.NativeName(language) is { } name ? CultureInfo.GetCultureInfo(language).TextInfo.ToTitleCase(name) : null;

    /// <summary>One language's strings as its files give them: the theme's, then the site's over them.</summary>
    private sealed record LanguageStrings(Dictionary<string, string> Strings, string? ThemeFile, string? SiteFile)
    {
        public static LanguageStrings Read(string language, ThemeFiles theme, SiteFiles site, DiagnosticBag diagnostics)
        {
            var strings = new Dictionary<string, string>(StringComparer.Ordinal);
            string? themeFile = null;
            string? siteFile = null;
            if (theme.OpenI18n(language) is { } themeStrings)
            {
                ReadInto(themeStrings.Text, themeStrings.Path, strings, diagnostics);
                themeFile = themeStrings.Path;
            }

            var relative = $"i18n/{language}.yml";
            if (site.Exists(relative))
            {
                if (site.ReadText(relative) is { } text) ReadInto(text, relative, strings, diagnostics);
                siteFile = relative;
            }

            return new LanguageStrings(strings, themeFile, siteFile);
        }

        private static void ReadInto(string text, string path, Dictionary<string, string> into, DiagnosticBag diagnostics)
        {
            var data = FrontMatterReader.ReadYamlFile(text, path, diagnostics);
            if (data is null) return;
            foreach (var key in data.Keys.ToList())
            {
                if (data.Text(key) is { } value) into[key] = value;
            }
        }
    }
}
