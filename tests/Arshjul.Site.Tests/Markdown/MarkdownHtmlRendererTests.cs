using Arshjul.Site.Markdown;

namespace Arshjul.Site.Tests.Markdown;

public sealed class MarkdownHtmlRendererTests
{
    private static string ToHtml(string body, bool allowRawHtml = false, Func<string, string?>? rewrite = null)
    {
        var doc = new MarkdownDocumentParser(allowRawHtml).Parse(body, "content/x.md");
        return new MarkdownHtmlRenderer().ToHtml(doc, rewrite ?? (_ => null)).Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    [Fact]
    public void RawHtmlIsEscaped_ByDefault()
    {
        var html = ToHtml("Hi <script>alert(1)</script>\n\n<div onclick=\"x()\">block</div>\n");

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<div", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("&lt;div onclick=&quot;x()&quot;&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void RawHtmlIsKept_WhenAllowed()
    {
        var html = ToHtml("Hi <span class=\"x\">there</span>\n\n<div>block</div>\n", allowRawHtml: true);

        Assert.Contains("<span class=\"x\">there</span>", html, StringComparison.Ordinal);
        Assert.Contains("<div>block</div>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void AttributeSyntaxStaysText_BecauseGenericAttributesAreOff()
    {
        var html = ToHtml("# Title {onclick=alert(1)}\n\n[link](/a){onclick=alert(2)}\n");

        Assert.DoesNotContain("onclick=\"", html, StringComparison.Ordinal);
        Assert.Contains("Title {onclick=alert(1)}</h2>", html, StringComparison.Ordinal);
        Assert.Contains("</a>{onclick=alert(2)}", html, StringComparison.Ordinal);
    }

    [Fact]
    public void HeadingsAreShiftedDown_WithGithubStyleIds()
    {
        var html = ToHtml("# Välkommen hit\n\n## Two\n\n###### Six\n");

        Assert.Contains("<h2 id=\"välkommen-hit\">Välkommen hit</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<h3 id=\"two\">Two</h3>", html, StringComparison.Ordinal);
        Assert.Contains("<h6 id=\"six\">Six</h6>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<h1", html, StringComparison.Ordinal);
    }

    [Fact]
    public void SectionsWrittenWithTwoHashes_StartAtH2_WithoutSkippingALevel()
    {
        var html = ToHtml("Intro\n\n## Bakgrund\n\n### Detaljer\n");

        Assert.Contains("<h2 id=\"bakgrund\">Bakgrund</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<h3 id=\"detaljer\">Detaljer</h3>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void PipeTablesAreRendered()
    {
        var html = ToHtml("| Tid | Punkt |\n|-----|-------|\n| 09:00 | Fika |\n");

        Assert.Contains("<table>", html, StringComparison.Ordinal);
        Assert.Contains("<th>Tid</th>", html, StringComparison.Ordinal);
        Assert.Contains("<td>Fika</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void TaskListsAreRendered()
    {
        var html = ToHtml("- [x] done\n- [ ] todo\n");

        Assert.Contains("<input disabled=\"disabled\" type=\"checkbox\" checked=\"checked\" />", html, StringComparison.Ordinal);
        Assert.Contains("class=\"task-list-item\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void EmphasisExtrasAndAutoLinksAreRendered()
    {
        var html = ToHtml("~~gone~~ see https://example.org/x\n");

        Assert.Contains("<del>gone</del>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://example.org/x\">https://example.org/x</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void LinkRewriterIsApplied_ToLinksAndImagesButNotExternalOrAnchors()
    {
        var seen = new List<string>();
        string? Rewrite(string url)
        {
            seen.Add(url);
            return url == "../speakers/anna.md" ? "/sv/talare/anna/" : "/static/" + url;
        }

        var html = ToHtml(
            "[Anna](../speakers/anna.md) ![map](map.png) [ext](https://example.org) [mail](mailto:a@b.se) [top](#top)\n",
            rewrite: Rewrite);

        Assert.Contains("<a href=\"/sv/talare/anna/\">Anna</a>", html, StringComparison.Ordinal);
        Assert.Contains("<img src=\"/static/map.png\" alt=\"map\" />", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://example.org\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"mailto:a@b.se\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#top\"", html, StringComparison.Ordinal);
        Assert.Equal(["../speakers/anna.md", "map.png"], seen);
    }

    [Fact]
    public void ScriptUrlsAreNeutralised()
    {
        var html = ToHtml("[x](javascript:alert(1))\n");

        Assert.Contains("<a href=\"#\">x</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void SameDocumentRendersIdentically_FromManyThreads()
    {
        var doc = new MarkdownDocumentParser(allowRawHtml: false).Parse("# T\n\n[a](b.md) *c*\n", "x.md");
        var renderer = new MarkdownHtmlRenderer();
        var expected = renderer.ToHtml(doc, url => "/" + url);

        var results = Enumerable.Range(0, 100).AsParallel().Select(_ => renderer.ToHtml(doc, url => "/" + url)).ToList();

        Assert.All(results, html => Assert.Equal(expected, html));
    }
}
