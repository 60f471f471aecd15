using Arshjul.Site.Build;
using Arshjul.Site.Tests.Support;

namespace Arshjul.Site.Tests.I18n;

public sealed class UiStringsTests
{
    [Fact]
    public void MissingKey_IsAWarningNamingKeyAndLanguage_AndShowsTheKeyNotAnotherLanguage()
    {
        using var site = new TestSite();
        site.Write("i18n/en.yml", "custom_greeting: Hello\n");
        site.Write("content/pages/om.sv.md", "---\ntitle: Om\n---\nText.\n");

        var result = SiteBuilder.Build(new BuildRequest { Source = site.Root, WriteOutput = false, Now = DateTimeOffset.UnixEpoch });

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Contains(result.Diagnostics, d => d.ToString() ==
            "embedded:themes/default/i18n/sv.yml:1:1: warning AJ0401: The UI string 'custom_greeting' has no text in 'sv'; pages in that language show the key instead.");
        Assert.Contains(result.Diagnostics, d => d.Code == "AJ0401" && d.Message.Contains("'nb'", StringComparison.Ordinal));
    }

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
