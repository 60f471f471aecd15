using Arshjul.Site.Rendering.Templates;

namespace Arshjul.Site.Tests.Rendering.Templates;

public sealed class HtmlEscapingTemplateContextTests : IDisposable
{
    private static readonly Dictionary<string, object?> NoGlobals = new();

    private readonly TempSite _site = new();

    public void Dispose() => _site.Dispose();

    private string Render(string template, object model)
    {
        _site.With("layouts/test.html", template);
        return new TemplateRenderer(_site.Loader()).RenderWithoutLayout("test.html", model, NoGlobals);
    }

    [Fact]
    public void OutputIsEscaped_WhenValueHasHtmlSpecialCharacters()
    {
        var html = Render("<p>{{ x }}</p>", new Dictionary<string, object?> { ["x"] = "<script>alert(\"x\")</script> & 'q'" });

        Assert.Equal("<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;</p>", html);
    }

    [Fact]
    public void OutputIsNotEscaped_WhenWrappedInRaw()
    {
        var model = new Dictionary<string, object?> { ["html"] = "<em>a & b</em>" };

        Assert.Equal("<em>a & b</em>|<em>a & b</em>", Render("{{ raw html }}|{{ html | raw }}", model));
    }

    [Fact]
    public void TrustedHtmlValueIsNotEscaped_WhenWrittenDirectly()
    {
        var model = new Dictionary<string, object?> { ["body"] = new TrustedHtml("<p>x</p>") };

        Assert.Equal("<p>x</p>", Render("{{ body }}", model));
    }

    [Fact]
    public void NonAsciiStaysLiteral_WhenEscaping()
    {
        var model = new Dictionary<string, object?> { ["x"] = "Värmland – Åmål ö" };

        Assert.Equal("Värmland – Åmål ö", Render("{{ x }}", model));
    }

    [Fact]
    public void TemplateTextIsVerbatim_OutsideExpressions()
    {
        Assert.Equal("<a href=\"x\">&amp;</a>", Render("<a href=\"x\">&amp;</a>", new Dictionary<string, object?>()));
    }

    [Fact]
    public void IncludeIsEscapedOnce_WhenPartialEscapesItsOwnOutput()
    {
        _site.With("layouts/partials/name.html", "<b>{{ name }}</b>");
        var model = new Dictionary<string, object?> { ["name"] = "Tom & Jerry <3" };

        var html = Render("[{{ include 'partials/name.html' }}]", model);

        Assert.Equal("[<b>Tom &amp; Jerry &lt;3</b>]", html);
    }

    [Fact]
    public void ModelMembersAreSnakeCase_WhenImportedFromObject()
    {
        var html = Render("{{ page.start_time }} {{ site.title }}", new { Page = new { StartTime = "09:00" }, Site = new { Title = "Å" } });

        Assert.Equal("09:00 Å", html);
    }

    [Fact]
    public void RenderFails_WhenVariableIsMisspelt()
    {
        var error = Assert.Throws<TemplateRenderException>(() => Render("line one\n{{ titel }}", new Dictionary<string, object?> { ["title"] = "x" }));

        Assert.Equal(2, error.Line);
        Assert.Equal(4, error.Column);
        Assert.EndsWith("test.html", error.TemplatePath, StringComparison.Ordinal);
        Assert.Contains("titel", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RenderFails_WhenMemberIsMisspelt()
    {
        var error = Assert.Throws<TemplateRenderException>(() => Render("{{ page.titel }}", new { Page = new { Title = "x" } }));

        Assert.Contains("titel", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoopsOverThousandsOfItems_WithoutHittingTheLoopLimit()
    {
        var items = Enumerable.Range(0, 5000).ToArray();

        var html = Render("{{ for i in items }}.{{ end }}", new Dictionary<string, object?> { ["items"] = items });

        Assert.Equal(5000, html.Length);
    }
}
