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

    [Theory]
    [InlineData("https://example.org/")]
    [InlineData("HTTP://example.org/")]
    [InlineData("mailto:a@example.org")]
    [InlineData("tel:+4654000000")]
    [InlineData("webcal://example.org/sv/calendar.ics")]
    [InlineData("/materialer/a.pdf")]
    [InlineData("../x/index.sv.md")]
    [InlineData("#main")]
    [InlineData("//cdn.example.org/x")]
    [InlineData("sv/events/a:b/")]
    [InlineData("ja%76ascript:alert(1)")]
    public void IsAllowedForAuthors_TakesTheFiveSchemesAndPaths(string url)
    {
        Assert.True(UrlKind.IsAllowedForAuthors(url));
    }

    [Theory]
    [InlineData("javascript:alert(1)", "javascript")]
    [InlineData("JaVaScRiPt:alert(1)", "javascript")]
    [InlineData("  javascript:alert(1)", "javascript")]
    [InlineData("\u0001\u001Fjavascript:alert(1)", "javascript")]
    [InlineData("java\tscript:alert(1)", "javascript")]
    [InlineData("java\nscr\ript:alert(1)", "javascript")]
    [InlineData("vbscript:msgbox(1)", "vbscript")]
    [InlineData("data:text/html,<script>alert(1)</script>", "data")]
    [InlineData("file:///etc/passwd", "file")]
    [InlineData("ftp://example.org/x", "ftp")]
    public void IsAllowedForAuthors_RefusesOtherSchemes_AsABrowserReadsThem(string url, string scheme)
    {
        Assert.False(UrlKind.IsAllowedForAuthors(url));
        Assert.Equal(scheme, UrlKind.SchemeOf(url));
    }
}
