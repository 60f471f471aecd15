using AngleSharp.Dom;

namespace Arshjul.Site.Tests.I18n;

/// <summary>
/// Issue 18's acceptance site: nynorsk first, then Finnish, Danish and German. It builds without a warning, no page
/// leaks a key, every text that is not in the page's language says which language it is in, and dates and times are
/// written each language's way.
/// </summary>
public sealed class NordicSiteTests : IDisposable
{
    private static readonly string[] Languages = ["nn", "fi", "da", "de"];
    private readonly Support.TestSite _site = LanguageSites.Write(Languages);
    private readonly Arshjul.Site.Build.BuildResult _result;

    public NordicSiteTests()
    {
        _result = LanguageSites.Build(_site);
    }

    [Fact]
    public void Builds_WithoutAWarning_AndWithoutAKeyOnAnyPage()
    {
        Assert.True(_result.Succeeded, string.Join("\n", _result.Diagnostics));
        Assert.Empty(_result.Diagnostics);
        var leaks = LanguageSites.HtmlPages(_result).SelectMany(p => LanguageSites.KeyLeaks(LanguageSites.Page(_result, p)).Select(k => $"{p}: {k}")).ToList();
        Assert.True(leaks.Count == 0, string.Join("\n", leaks));
    }

    /// <summary>The texts written only in nynorsk (and the talk written in German) carry their lang wherever another language's page shows them.</summary>
    [Theory]
    [InlineData("events/natverk/tysk/index.html", "h1", "nn")]
    [InlineData("events/natverk/tysk/index.html", ".item-body", "nn")]
    [InlineData("events/natverk/nordic-talk/index.html", "h1", "de")]
    [InlineData("events/natverk/nordic-talk/index.html", ".item-body", "de")]
    [InlineData("speakers/kari-nordmann/index.html", ".person-bio", "nn")]
    [InlineData("speakers/kari-nordmann/index.html", ".person-role span", "nn")]
    [InlineData("news/2024-01-15-nytt-program/index.html", "h1", "nn")]
    [InlineData("news/2024-01-15-nytt-program/index.html", ".article-body", "nn")]
    [InlineData("tillganglighet/index.html", "h1", "nn")]
    [InlineData("events/natverk/index.html", "#tysk .item-title span, #tysk .item-title a", "nn")]
    public void UntranslatedBlocks_AreMarkedWithTheirLanguage_OnEveryOtherLanguagesPage(string path, string selector, string textLanguage)
    {
        foreach (var language in Languages.Where(l => l != textLanguage))
        {
            var element = LanguageSites.Page(_result, $"{language}/{path}").QuerySelector(selector);
            Assert.True(element is not null, $"{language}/{path} has no {selector}");
            Assert.Equal(textLanguage, ClosestLang(element!));
        }
    }

    [Fact]
    public void TheTranslatedEvent_IsInFinnish_OnTheFinnishPage_AndItsUiTextIsFinnish()
    {
        var page = LanguageSites.Page(_result, "fi/events/natverk/index.html");
        Assert.Equal("fi", ClosestLang(page.QuerySelector("h1")!));
        Assert.Contains("perjantai 8. maaliskuuta 2024 klo 9.30–16.00", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector(".fallback-note"));
    }

    [Theory]
    [InlineData("nn", "fredag 8. mars 2024 kl. 09.30–16.00", null)]
    [InlineData("da", "fredag den 8. marts 2024 kl. 09.30–16.00", "Denne side findes ikke på dansk.")]
    [InlineData("de", "Freitag, 8. März 2024, 09:30–16:00 Uhr", "Diese Seite gibt es nicht auf Deutsch.")]
    public void DatesAndNotes_AreWrittenTheLanguagesWay(string language, string when, string? note)
    {
        var eventPage = LanguageSites.Page(_result, $"{language}/events/natverk/index.html").Body!.TextContent;
        Assert.Contains(when, eventPage, StringComparison.Ordinal);
        var itemPage = LanguageSites.Page(_result, $"{language}/events/natverk/tysk/index.html");
        if (note is null) Assert.Null(itemPage.QuerySelector(".fallback-note")); // nynorsk is the item's own language
        else Assert.StartsWith(note, itemPage.QuerySelector(".fallback-note")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nn", "fredag 8. mars 2024 kl. 10.00–10.45")]
    [InlineData("fi", "perjantai 8. maaliskuuta 2024 klo 10.00–10.45")]
    [InlineData("da", "fredag den 8. marts 2024 kl. 10.00–10.45")]
    [InlineData("de", "Freitag, 8. März 2024, 10:00–10:45 Uhr")]
    public void AnItemsDateAndTime_AreJoinedTheLanguagesWay(string language, string expected)
    {
        var when = LanguageSites.Page(_result, $"{language}/events/natverk/tysk/index.html").QuerySelector("dl.facts dd s")!; // cancelled: struck through
        Assert.Equal(expected, when.TextContent.Trim());
    }

    [Fact]
    public void TheGermanTalk_IsNamedInEachReadersLanguage_WithoutANote()
    {
        var expected = new Dictionary<string, string> { ["nn"] = "Går føre seg på tysk", ["fi"] = "Esitetään saksaksi", ["da"] = "Foregår på tysk" };
        foreach (var (language, badge) in expected)
        {
            var page = LanguageSites.Page(_result, $"{language}/events/natverk/nordic-talk/index.html");
            Assert.Contains(badge, page.QuerySelector("dl.facts")!.TextContent, StringComparison.Ordinal);
            Assert.Null(page.QuerySelector(".fallback-note"));
        }
    }

    private static string? ClosestLang(IElement element)
    {
        for (var e = element; e is not null; e = e.ParentElement)
        {
            if (e.HasAttribute("lang")) return e.GetAttribute("lang");
        }

        return null;
    }

    public void Dispose() => _site.Dispose();
}
