using AngleSharp.Html.Parser;

namespace Arshjul.Site.Tests.I18n;

/// <summary>
/// No page shows a UI string's key where a word should be ("Given in language_de"), in any of the theme's
/// languages, alone or side by side with another.
/// </summary>
public sealed class KeyLeakTests
{
    public static TheoryData<string> ThemeLanguages => new() { "sv", "nb", "nn", "en", "de", "fi", "da" };

    [Theory]
    [MemberData(nameof(ThemeLanguages))]
    public void EveryPage_OfASiteInOneLanguage_HasNoKeyLikeText(string language)
    {
        using var site = LanguageSites.Write(language);

        var result = LanguageSites.Build(site);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Diagnostics);
        AssertNoLeaks(result);
    }

    [Fact]
    public void EveryPage_OfASiteInAllSevenLanguages_HasNoKeyLikeText()
    {
        using var site = LanguageSites.Write("da", "sv", "nb", "nn", "en", "de", "fi");

        var result = LanguageSites.Build(site);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Diagnostics);
        Assert.True(LanguageSites.HtmlPages(result).Count() > 7 * 10, "too few pages to be the whole site");
        AssertNoLeaks(result);
    }

    [Fact]
    public void ASiteLanguageWithoutStrings_StillLeaksNoKeys()
    {
        using var site = LanguageSites.Write("is", "sv");

        var result = LanguageSites.Build(site);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        AssertNoLeaks(result);
    }

    /// <summary>The scan can fail: the texts of issue 18 are caught, words with letters outside a-z or URLs are not.</summary>
    [Fact]
    public void Scan_FindsKeys_AndNothingElse()
    {
        var document = new HtmlParser().ParseDocument(
            "<html><head><title>Program – add_to_calendar</title></head><body><p>Given in language_de</p><p>Hålls på engelska, 09.30</p>"
            + "<a href=\"a_b/c_d\">https://example.org/x_y</a><img alt=\"kind_group_work\" src=\"x.png\"><p>sv_SE</p></body></html>");

        Assert.Equal(["add_to_calendar", "language_de", "kind_group_work"], LanguageSites.KeyLeaks(document));
    }

    private static void AssertNoLeaks(Arshjul.Site.Build.BuildResult result)
    {
        var leaks = LanguageSites.HtmlPages(result)
            .SelectMany(path => LanguageSites.KeyLeaks(LanguageSites.Page(result, path)).Select(key => $"{path}: {key}"))
            .ToList();
        Assert.True(leaks.Count == 0, string.Join("\n", leaks));
    }
}
