using Arshjul.Site.Markdown;

namespace Arshjul.Site.Tests.Markdown;

public sealed class UrlKindTests
{
    [Theory]
    [InlineData("https://example.org/", true)]
    [InlineData("mailto:a@example.org", true)]
    [InlineData("tel:+4654000000", true)]
    [InlineData("webcal://example.org/sv/calendar.ics", true)]
    [InlineData("//cdn.example.org/x.js", true)]
    [InlineData("../2024-riktningsmote/index.sv.md", false)]
    [InlineData("/sv/events/x/", false)]
    [InlineData("/materialer/a.pdf", false)]
    [InlineData("page#section", false)]
    [InlineData("sv/events/a:b/", false)]
    public void IsExternal_MeansAUrlWithASchemeOrAHost(string url, bool external)
    {
        Assert.Equal(external, UrlKind.IsExternal(url));
    }

    [Theory]
    [InlineData("#main", false)]
    [InlineData("", false)]
    [InlineData("https://example.org/", false)]
    [InlineData("../x/index.sv.md", true)]
    public void IsLocal_IsWhatTheSiteMustResolveItself(string url, bool local)
    {
        Assert.Equal(local, UrlKind.IsLocal(url));
    }
}
