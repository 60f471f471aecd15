using Arshjul.Site.Tests.EndToEnd;
using Arshjul.Site.Tests.Support;

namespace Arshjul.Site.Tests.I18n;

/// <summary>speakers/&lt;person&gt;.&lt;lang&gt;.md translates role, organisation and the bio, and nothing else.</summary>
public sealed class PersonTranslationTests : IClassFixture<ExampleSiteFixture>
{
    private readonly ExampleSiteFixture _example;

    public PersonTranslationTests(ExampleSiteFixture example)
    {
        _example = example;
    }

    [Fact]
    public void KjellNilsson_InEnglish_HasHisEnglishRole_AndInSwedishHisSwedishOne()
    {
        Assert.Equal("Director, Nordregio", _example.Page("en/speakers/kjell-nilsson/index.html").QuerySelector(".person-role")!.TextContent);
        Assert.Equal("direktör, Nordregio", _example.Page("sv/speakers/kjell-nilsson/index.html").QuerySelector(".person-role")!.TextContent);
    }

    [Fact]
    public void AnUntranslatedRole_IsMarkedWithItsLanguage()
    {
        var role = _example.Page("nb/speakers/kjell-nilsson/index.html").QuerySelector(".person-role span[lang]")!;
        Assert.Equal(("sv", "direktör"), (role.GetAttribute("lang"), role.TextContent));
    }

    [Fact]
    public void TranslatedOrganisation_ShowsOnThePersonPage_AndInTheProgrammes()
    {
        using var site = LanguageSites.Write("sv", "en");
        site.Write("content/speakers/kari-nordmann.en.md", "---\nrole: Researcher\norganisation: Nordic Centre for Spatial Development\n---\n");

        var result = LanguageSites.Build(site);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal("Researcher, Nordic Centre for Spatial Development", LanguageSites.Page(result, "en/speakers/kari-nordmann/index.html").QuerySelector(".person-role")!.TextContent);
        Assert.Contains("Kari Nordmann, Nordic Centre for Spatial Development", LanguageSites.Page(result, "en/events/natverk/nordic-talk/index.html").QuerySelector("ul.people")!.TextContent);
        Assert.Contains("Kari Nordmann, Nordregio", LanguageSites.Page(result, "sv/events/natverk/nordic-talk/index.html").QuerySelector("ul.people")!.TextContent);
        var calendar = System.Text.Encoding.UTF8.GetString(result.Files.Single(f => f.Path == "en/events/natverk/nordic-talk/nordic-talk.ics").Content);
        Assert.Contains("Kari Nordmann (Nordic Centre for Spatial Development)", calendar.Replace("\r\n ", "", StringComparison.Ordinal));
    }

    [Fact]
    public void AnyOtherKey_InAPersonsTranslation_IsAnErrorWithAHint()
    {
        using var site = new TestSite();
        site.Write("content/speakers/anna-berg.md", "---\nname: Anna Berg\nrole: utredare\n---\n");
        site.Write("content/speakers/anna-berg.en.md", "---\nrole: Analyst\nname: Anna Berg\nphoto: /anna.jpg\nrol: x\n---\n");

        var (_, diagnostics) = site.Load();

        Assert.Equal(
            [
                "content/speakers/anna-berg.en.md:3:1: error AJ0600: A person's translation sets 'name', which is set once, in content/speakers/anna-berg.md; a translation sets only role, organisation and the bio.",
                "content/speakers/anna-berg.en.md:4:1: error AJ0600: A person's translation sets 'photo', which is set once, in content/speakers/anna-berg.md; a translation sets only role, organisation and the bio.",
                "content/speakers/anna-berg.en.md:5:1: error AJ0103: Unknown key 'rol' in a person's translation. Did you mean 'role'?",
            ],
            diagnostics.Select(d => d.ToString()));
        Assert.Equal("Remove 'name' from this file (change it in content/speakers/anna-berg.md if it should differ).", diagnostics[0].Hint);
    }
}
