using Arshjul.Site.Build;
using Arshjul.Site.Tests.Support;

namespace Arshjul.Site.Tests.I18n;

public sealed class UiStringsTests
{
    [Fact]
    public void MissingKeys_AreOneWarningPerLanguageNamingThem_AndPagesShowTheEnglishText()
    {
        using var site = new TestSite();
        site.Write("i18n/en.yml", "custom_greeting: Hello\ncustom_farewell: Goodbye\n");
        site.Write("layouts/page.html", "<h1>{{ page.title }}</h1><p class=\"greeting\">{{ t.custom_greeting }}</p>\n");
        site.Write("content/pages/om.sv.md", "---\ntitle: Om\n---\nText.\n");

        var result = SiteBuilder.Build(new BuildRequest { Source = site.Root, WriteOutput = false, Now = DateTimeOffset.UnixEpoch });

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(
            [
                "embedded:themes/default/i18n/sv.yml:1:1: warning AJ0401: The UI strings for 'sv' lack 2 keys: custom_farewell, custom_greeting; pages in that language show the English text for them.",
                "embedded:themes/default/i18n/nb.yml:1:1: warning AJ0401: The UI strings for 'nb' lack 2 keys: custom_farewell, custom_greeting; pages in that language show the English text for them.",
            ],
            result.Diagnostics.Where(d => d.Code == "AJ0401").Select(d => d.ToString()).Order(StringComparer.Ordinal).Reverse());
        Assert.Equal("Add them to i18n/sv.yml, e.g. 'custom_farewell: …'.", result.Diagnostics.First(d => d.Message.Contains("'sv'", StringComparison.Ordinal)).Hint);
        var page = System.Text.Encoding.UTF8.GetString(result.Files.Single(f => f.Path == "sv/om/index.html").Content);
        Assert.Contains("<p class=\"greeting\">Hello</p>", page, StringComparison.Ordinal);
    }

    [Fact]
    public void ALanguageWithoutStrings_IsOneWarning_AndItsPagesShowEnglishTextsWithItsOwnDates()
    {
        using var site = new TestSite("title: Prov\nbaseUrl: https://example.org/\nlanguages: [is, sv]\ntimeZone: Europe/Stockholm\n");
        site.Write("content/events/fundur/index.is.md", "---\ntitle: Fundur\nstart: 2024-03-08T09:30\nend: 2024-03-08T12:00\n---\n");

        var result = SiteBuilder.Build(new BuildRequest { Source = site.Root, WriteOutput = false, Now = DateTimeOffset.UnixEpoch });

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(
            "site.yml:1:1: warning AJ0401: There are no UI strings for the language 'is' (no i18n/is.yml in the site or its theme), so its pages show the English texts of the menus, labels and notes.",
            warning.ToString());
        Assert.StartsWith("Add i18n/is.yml with a translation of each key of the theme's en.yml (", warning.Hint, StringComparison.Ordinal);
        var page = System.Text.Encoding.UTF8.GetString(result.Files.Single(f => f.Path == "is/events/fundur/index.html").Content);
        Assert.Contains(">Events</a>", page, StringComparison.Ordinal);
        Assert.Contains("föstudagur 8 mars 2024, 09:30–12:00", page, StringComparison.Ordinal);
        Assert.Contains(">Íslenska</a>", page, StringComparison.Ordinal);
    }

    /// <summary>A site adds a language the theme does not have with i18n/&lt;lang&gt;.yml: a complete file gives no warning.</summary>
    [Fact]
    public void ASiteAddsALanguage_WithACompleteStringsFile()
    {
        using var site = new TestSite("title: Prov\nbaseUrl: https://example.org/\nlanguages: [sv, is]\ntimeZone: Europe/Stockholm\n");
        var english = File.ReadAllText(Path.Combine(RepoPaths.Root, "themes/default/i18n/en.yml"));
        site.Write("i18n/is.yml", english
            .Replace("culture: en-GB", "culture: is-IS", StringComparison.Ordinal)
            .Replace("native_name: English", "native_name: Íslenska", StringComparison.Ordinal)
            .Replace("events: Events", "events: Viðburðir", StringComparison.Ordinal)
            .Replace("format_date_long: \"dddd d MMMM yyyy\"", "format_date_long: \"dddd d. MMMM yyyy\"", StringComparison.Ordinal));
        site.Write("content/events/fundur/index.sv.md", "---\ntitle: Möte\nstart: 2024-03-08\n---\n");

        var result = SiteBuilder.Build(new BuildRequest { Source = site.Root, WriteOutput = false, Now = DateTimeOffset.UnixEpoch });

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Diagnostics);
        var page = System.Text.Encoding.UTF8.GetString(result.Files.Single(f => f.Path == "is/events/fundur/index.html").Content);
        Assert.Contains(">Viðburðir</a>", page, StringComparison.Ordinal);
        Assert.Contains("föstudagur 8. mars 2024", page, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryThemeLanguage_HasEveryKeyOfTheEnglishStrings_AndNoOther()
    {
        var english = Keys("en");
        foreach (var language in new[] { "sv", "nb", "nn", "de", "fi", "da" })
        {
            Assert.Equal(english, Keys(language));
        }
    }

    private static List<string> Keys(string language) =>
        File.ReadLines(Path.Combine(RepoPaths.Root, "themes/default/i18n", language + ".yml"))
            .Where(l => l.Length > 0 && l[0] != '#')
            .Select(l => l[..l.IndexOf(':', StringComparison.Ordinal)])
            .Order(StringComparer.Ordinal)
            .ToList();

    [Fact]
    public void SiteI18nFile_OverridesTheThemesString()
    {
        using var site = new TestSite();
        site.Write("i18n/sv.yml", "news: Aktuellt\n");
        site.Write("content/pages/om.sv.md", "---\ntitle: Om\n---\nText.\n");

        var result = SiteBuilder.Build(new BuildRequest { Source = site.Root, WriteOutput = false, Now = DateTimeOffset.UnixEpoch });

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var home = System.Text.Encoding.UTF8.GetString(result.Files.Single(f => f.Path == "sv/index.html").Content);
        Assert.Contains(">Aktuellt</a>", home, StringComparison.Ordinal);
        Assert.DoesNotContain(">Nyheter</a>", home, StringComparison.Ordinal);
    }
}
