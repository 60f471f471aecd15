using System.Text;
using AngleSharp.Html.Parser;
using Arshjul.Site.Build;
using Arshjul.Site.Tests.Support;

namespace Arshjul.Site.Tests.Build;

/// <summary>
/// The generated 1,500-item, four-day congress in two languages (issue 15): every page is whole (it
/// ends with its closing &lt;/html&gt;) and lists every item it should.
/// </summary>
public sealed class CongressPagesTests : IClassFixture<CongressPagesTests.Built>
{
    private const int Items = 1_500;

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

    [Theory]
    [InlineData("sv")]
    [InlineData("en")]
    public void EventPage_ListsEveryItem_WithALinkToItsPage(string lang)
    {
        var document = _built.Parse($"{lang}/events/kongress/index.html");

        var page = new Uri($"https://example.org/{lang}/events/kongress/");
        var linked = document.QuerySelectorAll(".programme a[href]")
            .Select(a => new Uri(page, a.GetAttribute("href")!).AbsolutePath)
            .ToHashSet(StringComparer.Ordinal);
        var missing = Enumerable.Range(1, Items).Where(i => !linked.Contains($"/{lang}/events/kongress/pass-{i}/")).ToList();
        Assert.True(missing.Count == 0, $"{missing.Count} items not listed on the {lang} event page, e.g. pass-{missing.FirstOrDefault()}");
        Assert.NotNull(document.QuerySelector("html > body footer"));
    }

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
            CongressSite.WriteTo(_site, items: Items);
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
