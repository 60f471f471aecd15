using System.Text;
using AngleSharp.Html.Parser;
using Arshjul.Site.Build;
using Arshjul.Site.Tests.Support;

namespace Arshjul.Site.Tests.Build;

/// <summary>
/// The generated 1,500-item, four-day congress in two languages (issue 15): every page is whole (it
/// ends with its closing &lt;/html&gt;) and lists every item it should, and no page is over 1 MB.
/// </summary>
public sealed class CongressPagesTests : IClassFixture<CongressPagesTests.Built>
{
    private const int Items = 1_500;
    private const int MaxPageBytes = 1_000_000;

    private readonly Built _built;

    public CongressPagesTests(Built built) => _built = built;

    [Fact]
    public void EveryHtmlPage_EndsWithItsClosingHtmlTag()
    {
        var pages = HtmlPages();
        Assert.True(pages.Count > 2 * Items, $"only {pages.Count} pages");
        var cut = pages.Where(p => !Encoding.UTF8.GetString(p.Content).TrimEnd().EndsWith("</html>", StringComparison.Ordinal)).Select(p => p.Path).ToList();
        Assert.True(cut.Count == 0, "pages cut off: " + string.Join(", ", cut.Take(10)));
    }

    [Fact]
    public void EveryHtmlPage_IsUnderOneMegabyte()
    {
        var pages = HtmlPages();
        var big = pages.Where(p => p.Content.Length > MaxPageBytes).Select(p => $"{p.Path} ({p.Content.Length} bytes)").ToList();
        Assert.True(big.Count == 0, "pages over 1 MB: " + string.Join(", ", big));
    }

    [Theory]
    [InlineData("sv")]
    [InlineData("en")]
    public void EventPage_LinksEachDay_AndTheDayPagesTogetherListEveryItem_EachOnce(string lang)
    {
        var eventPage = _built.Parse($"{lang}/events/kongress/index.html");
        var days = eventPage.QuerySelectorAll(".day-nav a").Select(a => Resolve(lang, a.GetAttribute("href")!)).ToList();
        Assert.Equal(
            ["2025-09-01", "2025-09-02", "2025-09-03", "2025-09-04"],
            days.Select(d => d.Split('/', StringSplitOptions.RemoveEmptyEntries)[^1]));
        Assert.Empty(eventPage.QuerySelectorAll(".programme .item"));

        var listed = new List<string>();
        foreach (var day in days)
        {
            var dayPage = _built.Parse(day.TrimStart('/') + "index.html");
            Assert.Equal(4, dayPage.QuerySelectorAll(".day-nav a").Length);
            Assert.Equal(day, Resolve(lang, dayPage.QuerySelector(".day-nav a[aria-current=page]")!.GetAttribute("href")!, day));
            listed.AddRange(dayPage.QuerySelectorAll(".programme .item-title a[href]").Select(a => Resolve(lang, a.GetAttribute("href")!, day)));
        }

        Assert.Equal(Enumerable.Range(1, Items).Select(i => $"/{lang}/events/kongress/pass-{i}/").Order(StringComparer.Ordinal), listed.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void DayPages_AreInTheSitemap()
    {
        var sitemap = Encoding.UTF8.GetString(Assert.Single(_built.Result.Files, f => f.Path == "sitemap.xml").Content);

        Assert.Contains("<loc>https://example.org/sv/events/kongress/2025-09-01/</loc>", sitemap, StringComparison.Ordinal);
        Assert.Contains("<loc>https://example.org/en/events/kongress/2025-09-04/</loc>", sitemap, StringComparison.Ordinal);
    }

    private static string Resolve(string lang, string href, string? from = null) =>
        new Uri(new Uri("https://example.org" + (from ?? $"/{lang}/events/kongress/")), href).AbsolutePath;

    [Theory]
    [InlineData("sv", "Regional utveckling 1")]
    [InlineData("en", "Regional utveckling (in English) 1")]
    [InlineData("sv", "Bostäder i glesbygd 1500")]
    public void ItemPage_IsWhole_WithItsTitle(string lang, string title)
    {
        var number = title[(title.LastIndexOf(' ') + 1)..];
        var document = _built.Parse($"{lang}/events/kongress/pass-{number}/index.html");

        Assert.Equal(title, document.QuerySelector("h1")?.TextContent.Trim());
        Assert.NotNull(document.QuerySelector("html > body footer"));
    }

    private List<Arshjul.Site.Output.OutputFile> HtmlPages() =>
        _built.Result.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)).ToList();

    /// <summary>One build of the congress, shared by the tests of this class (it takes a while).</summary>
    public sealed class Built : IDisposable
    {
        private readonly TestSite _site = new(CongressSite.SiteYml);

        public Built()
        {
            CongressSite.WriteTo(_site.Root, items: Items);
            Result = SiteBuilder.Build(new BuildRequest
            {
                Source = _site.Root,
                Now = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero),
                WriteOutput = false,
            });
            Assert.True(Result.Succeeded, string.Join("\n", Result.Diagnostics.Where(d => d.IsError)));
        }

        public BuildResult Result { get; }

        public AngleSharp.Dom.IDocument Parse(string path)
        {
            var file = Assert.Single(Result.Files, f => f.Path == path);
            return new HtmlParser().ParseDocument(Encoding.UTF8.GetString(file.Content));
        }

        public void Dispose() => _site.Dispose();
    }
}
