using AngleSharp.Dom;
using Arshjul.Site.Tests.EndToEnd;
using Arshjul.Site.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Arshjul.Site.Tests.I18n;

/// <summary>The example site in sv, nb and en: every page in every language, right labels, marked fallbacks.</summary>
public sealed class MultilingualSiteTests : IClassFixture<ExampleSiteFixture>
{
    private static readonly string[] Languages = ["sv", "nb", "en"];
    private readonly ExampleSiteFixture _site;

    public MultilingualSiteTests(ExampleSiteFixture site)
    {
        _site = site;
    }

    private IEnumerable<string> HtmlPages => _site.Files.Keys.Where(p => p.EndsWith(".html", StringComparison.Ordinal) && p.Contains('/'));

    /// <summary>
    /// The printable programme is a document of its own (issue 16): no site navigation, so no language switcher, and
    /// canonical to the event page, which carries the alternates.
    /// </summary>
    private static bool IsPrintPage(string path) => path.EndsWith("/print/index.html", StringComparison.Ordinal);

    [Fact]
    public void EveryPage_ExistsInEveryLanguage_WithItsLangAndAllAlternates()
    {
        var problems = new List<string>();
        foreach (var path in HtmlPages)
        {
            var lang = path[..path.IndexOf('/')];
            foreach (var other in Languages.Where(l => l != lang))
            {
                var twin = other + path[lang.Length..];
                if (!_site.Exists(twin)) problems.Add($"{path}: no {twin}");
            }

            var document = _site.Page(path);
            if (document.DocumentElement.GetAttribute("lang") != lang) problems.Add($"{path}: <html lang> is {document.DocumentElement.GetAttribute("lang")}");
            if (path.EndsWith("404.html", StringComparison.Ordinal) || IsPrintPage(path)) continue;
            var hreflangs = document.QuerySelectorAll("link[rel=alternate][hreflang]").Select(l => l.GetAttribute("hreflang")).ToHashSet();
            foreach (var expected in Languages.Append("x-default"))
            {
                if (!hreflangs.Contains(expected)) problems.Add($"{path}: no alternate for {expected}");
            }
        }

        Assert.Empty(problems);
    }

    [Fact]
    public void LanguageSwitcherLinks_AllResolve_ToTheSamePageInTheOtherLanguage()
    {
        var problems = new List<string>();
        foreach (var path in HtmlPages.Where(p => !p.EndsWith("404.html", StringComparison.Ordinal) && !IsPrintPage(p)))
        {
            var lang = path[..path.IndexOf('/')];
            var links = _site.Page(path).QuerySelectorAll("a[hreflang]").ToList();
            if (links.Count != Languages.Length) problems.Add($"{path}: {links.Count} switcher links");
            foreach (var link in links)
            {
                var target = Site.Output.OutputLinkChecker.Resolve(path, link.GetAttribute("href")!);
                var expected = link.GetAttribute("hreflang") + path[lang.Length..];
                var file = target is null ? null : target.EndsWith('/') ? target + "index.html" : target;
                if (file != expected) problems.Add($"{path}: switcher link {link.GetAttribute("href")} leads to {file}, expected {expected}");
            }
        }

        Assert.Empty(problems);
    }

    [Theory]
    [InlineData("sv/events/2024-riktningsmote/index.html", "fredag 8 mars 2024")]
    [InlineData("nb/events/2017-verksted-regional-utvikling/index.html", "mandag 25. september 2017")]
    [InlineData("en/events/2024-riktningsmote/index.html", "Friday 8 March 2024")]
    [InlineData("sv/events/2017-verksted-regional-utvikling/index.html", "09.30")]
    [InlineData("en/events/2017-verksted-regional-utvikling/index.html", "09:30")]
    public void Dates_AreWrittenTheWayTheLanguageWritesThem(string path, string expected)
    {
        Assert.Contains(expected, _site.Page(path).Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void NorwegianEvent_ReadInEnglish_HasEnglishLabels_NorwegianTextMarked_AndTheNote()
    {
        var document = _site.Page("en/events/2017-verksted-regional-utvikling/index.html");
        var text = document.Body!.TextContent;
        Assert.Contains("This page is not available in English. The text below is in Norwegian.", text);
        Assert.Contains("This event has taken place.", text); // a past event (the build's --now is 2024)
        Assert.Contains("Monday 25 September 2017", text);
        Assert.Contains("Tuesday 26 September 2017", text);
        var title = document.QuerySelector("h1")!;
        Assert.Equal("nb", ClosestLang(title));
        Assert.Equal("Verksted for regional utvikling", title.TextContent.Trim());
        var body = document.QuerySelector(".event-body")!;
        Assert.Equal("nb", ClosestLang(body));
        var label = document.QuerySelector("dl.facts dt")!;
        Assert.Equal("en", ClosestLang(label));
    }

    /// <summary>
    /// No UI string of one language appears on another language's pages: every text of the other
    /// languages' i18n files that differs from this language's is searched for in the visible text
    /// (language names in the switcher excepted).
    /// </summary>
    [Fact]
    public void UiStringsOfOtherLanguages_NeverAppearOnAPage()
    {
        var strings = Languages.ToDictionary(l => l, LoadStrings);
        var leaks = new List<string>();
        foreach (var path in HtmlPages)
        {
            var lang = path[..path.IndexOf('/')];
            var document = _site.Page(path);
            foreach (var foreign in document.QuerySelectorAll("[lang]").Where(e => e.GetAttribute("lang") != lang && e != document.DocumentElement).ToList())
            {
                foreign.Remove();
            }

            // The switcher names each language in itself, and authors' prose may name things in any language.
            foreach (var excluded in document.QuerySelectorAll("nav.lang-nav, .prose").ToList()) excluded.Remove();
            var text = " " + string.Join(' ', document.Body!.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)) + " ";
            var own = strings[lang].Values.ToHashSet(StringComparer.Ordinal);
            foreach (var other in Languages.Where(l => l != lang))
            {
                foreach (var (key, value) in strings[other])
                {
                    if (IsNotVisibleText(key) || own.Contains(value) || value.Length < 4) continue;
                    var needle = value.Contains('{') ? value[..value.IndexOf('{')].Trim() : value;
                    if (needle.Length >= 4 && ContainsWord(text, needle))
                    {
                        leaks.Add($"{path}: '{needle}' ({other}.{key})");
                    }
                }
            }
        }

        Assert.True(leaks.Count == 0, string.Join("\n", leaks.Distinct()));
    }

    /// <summary>The needle as whole words: "Program" does not match inside "Programmet".</summary>
    private static bool ContainsWord(string text, string needle)
    {
        for (var at = text.IndexOf(needle, StringComparison.Ordinal); at >= 0; at = text.IndexOf(needle, at + 1, StringComparison.Ordinal))
        {
            var before = at == 0 ? ' ' : text[at - 1];
            var after = at + needle.Length >= text.Length ? ' ' : text[at + needle.Length];
            if (!char.IsLetterOrDigit(before) && !char.IsLetterOrDigit(after)) return true;
        }

        return false;
    }

    private static bool IsNotVisibleText(string key) =>
        key.StartsWith("format_", StringComparison.Ordinal) || key is "culture" or "native_name" || key.StartsWith("language_", StringComparison.Ordinal);

    private static Dictionary<string, string> LoadStrings(string lang)
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(Path.Combine(RepoPaths.Root, "themes/default/i18n", lang + ".yml"))));
        return ((YamlMappingNode)yaml.Documents[0].RootNode).Children
            .ToDictionary(p => ((YamlScalarNode)p.Key).Value!, p => ((YamlScalarNode)p.Value).Value!, StringComparer.Ordinal);
    }

    private static string? ClosestLang(IElement element)
    {
        for (var e = element; e is not null; e = e.ParentElement)
        {
            if (e.HasAttribute("lang")) return e.GetAttribute("lang");
        }

        return null;
    }
}
