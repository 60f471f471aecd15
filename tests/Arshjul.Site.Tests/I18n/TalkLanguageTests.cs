using Arshjul.Site.Content;
using Arshjul.Site.Diagnostics;
using Arshjul.Site.Tests.Support;

namespace Arshjul.Site.Tests.I18n;

/// <summary>A programme item's `language`: a checked BCP 47 tag, named in the reader's language, a fact rather than a missing translation.</summary>
public sealed class TalkLanguageTests
{
    private static readonly string[] SwedishSite = ["sv", "en"];

    [Theory]
    [InlineData("sv", "sv")]
    [InlineData("nn", "nn")]
    [InlineData("EN-gb", "en-GB")]
    [InlineData("se-NO", "se-NO")]
    [InlineData("zh-hant-tw", "zh-Hant-TW")]
    [InlineData("es-419", "es-419")]
    [InlineData("sma", "sma")]
    [InlineData("de-CH-1996", "de-CH-1996")]
    public void ValidTags_AreTakenInTheirUsualCase(string written, string tag)
    {
        Assert.Equal(new LanguageTagCheck(tag, null, null, null), LanguageTag.Check(written, SwedishSite));
    }

    [Theory]
    [InlineData("no", "'no' is not accepted as a language: Norwegian is written 'nb' (bokmål) or 'nn' (nynorsk).", "Did you mean 'nb' or 'nn'?")]
    [InlineData("se", "'se' is not accepted as a language: 'se' is Northern Sami; Swedish is 'sv'. For a talk in Northern Sami, write 'se-NO', 'se-SE' or 'se-FI'.", "Did you mean 'sv'?")]
    [InlineData("dk", "'dk' is not accepted as a language: 'dk' is Denmark's country code; Danish is 'da'.", "Did you mean 'da'?")]
    [InlineData("en-UK", "'en-UK' is not accepted as a language: the United Kingdom's region code is 'GB'.", "Did you mean 'en-GB'?")]
    [InlineData("swe", "'swe' is not accepted as a language: a language with a two-letter code is written with it.", "Did you mean 'sv'?")]
    [InlineData("English", "'English' is not accepted as a language: a language is written as its code.", "Did you mean 'en'?")]
    public void CommonSlips_AreErrorsWithASuggestion(string written, string message, string hint)
    {
        Assert.Equal(new LanguageTagCheck(null, DiagnosticCodes.LanguageSlip, message, hint), LanguageTag.Check(written, SwedishSite));
    }

    [Theory]
    [InlineData("en_GB", "'en_GB' is not a language code.")]
    [InlineData("e", "'e' is not a language code.")]
    [InlineData("sv-", "'sv-' is not a language code.")]
    [InlineData("xq", "'xq' in 'xq' is not a language code (ISO 639-1).")]
    [InlineData("qq-SE", "'qq' in 'qq-SE' is not a language code (ISO 639-1).")]
    public void Malformed_OrUnknownTags_AreErrors(string written, string message)
    {
        var check = LanguageTag.Check(written, SwedishSite);

        Assert.Null(check.Tag);
        Assert.Equal(DiagnosticCodes.InvalidLanguageTag, check.Code);
        Assert.Equal(message, check.Message);
    }

    [Fact]
    public void Se_IsNorthernSami_OnASiteThatListsIt()
    {
        Assert.Equal("se", LanguageTag.Check("se", ["nb", "se"]).Tag);
    }

    [Fact]
    public void LanguageNo_IsAnErrorAtTheValue_WithTheSuggestion()
    {
        using var site = new TestSite();
        site.Write("content/events/mote/index.sv.md", "---\ntitle: Möte\nstart: 2024-03-08T09:00\n---\n");
        site.Write("content/events/mote/sessions/tal.sv.md", "---\ntitle: Ett tal\nstart: 2024-03-08T09:00\nlanguage: no\n---\n");

        var (_, diagnostics) = site.Load();

        var error = Assert.Single(diagnostics, d => d.IsError);
        Assert.Equal(
            "content/events/mote/sessions/tal.sv.md:4:11: error AJ0602: 'no' is not accepted as a language: Norwegian is written 'nb' (bokmål) or 'nn' (nynorsk).",
            error.ToString());
        Assert.Equal("Did you mean 'nb' or 'nn'?", error.Hint);
    }

    [Fact]
    public void GermanTalk_OnASiteWithoutGerman_IsNamedInTheReadersLanguage()
    {
        using var site = LanguageSites.Write("sv", "en");

        var result = LanguageSites.Build(site);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal("Ges på tyska", GivenIn(result, "sv/events/natverk/tysk/index.html"));
        Assert.Equal("Given in German", GivenIn(result, "en/events/natverk/tysk/index.html"));
        // In the programme, a badge with the language's name, and the whole phrase for screen readers.
        var badge = LanguageSites.Page(result, "sv/events/natverk/index.html").QuerySelector("#tysk .item-language")!;
        Assert.Equal("tyska", badge.QuerySelector("[aria-hidden=true]")!.TextContent);
        Assert.Equal("Ges på tyska", badge.QuerySelector(".visually-hidden")!.TextContent);
    }

    [Theory]
    [InlineData("nn", "Går føre seg på tysk")]
    [InlineData("fi", "Esitetään saksaksi")]
    [InlineData("da", "Foregår på tysk")]
    public void GermanTalk_InTheOtherNordicLanguages(string language, string expected)
    {
        using var site = LanguageSites.Write(language);

        var result = LanguageSites.Build(site);

        Assert.Equal(expected, GivenIn(result, $"{language}/events/natverk/tysk/index.html"));
    }

    [Fact]
    public void TalkWrittenInItsLanguage_HasTheBadge_NotTheNotTranslatedNote_AndItsTextIsMarked()
    {
        using var site = LanguageSites.Write("sv", "en");

        var result = LanguageSites.Build(site);

        var page = LanguageSites.Page(result, "sv/events/natverk/nordic-talk/index.html");
        Assert.Equal("Ges på engelska", GivenIn(result, "sv/events/natverk/nordic-talk/index.html"));
        Assert.Null(page.QuerySelector(".fallback-note"));
        Assert.Equal("en", page.QuerySelector("h1")!.GetAttribute("lang"));
        Assert.Equal("en", page.QuerySelector(".item-body")!.GetAttribute("lang"));

        // An item that is simply not translated keeps its note.
        Assert.NotNull(LanguageSites.Page(result, "en/events/natverk/tysk/index.html").QuerySelector(".fallback-note"));
    }

    [Fact]
    public void ALanguageTheStringsDoNotName_IsGivenInItsOwnName_MarkedWithItsLanguage()
    {
        using var site = LanguageSites.Write("sv", "en");
        site.Write("content/events/natverk/sessions/tysk.sv.md", "---\ntitle: Om Portugal\nstart: 2024-03-08T10:00\nlanguage: pt-BR\n---\n");

        var result = LanguageSites.Build(site);

        Assert.Equal("Ges på <span lang=\"pt\">português</span>", GivenIn(result, "sv/events/natverk/tysk/index.html", html: true));
    }

    private static string GivenIn(Arshjul.Site.Build.BuildResult result, string path, bool html = false)
    {
        var page = LanguageSites.Page(result, path);
        var facts = page.QuerySelectorAll("dl.facts div").Single(d => d.QuerySelector("dt")!.TextContent is "Språk" or "Language" or "Kieli" or "Sprog" or "Sprache");
        var value = facts.QuerySelector("dd")!;
        return html ? value.InnerHtml : value.TextContent;
    }
}
