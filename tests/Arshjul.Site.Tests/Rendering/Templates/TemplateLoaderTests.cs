using Arshjul.Site.Rendering.Templates;

namespace Arshjul.Site.Tests.Rendering.Templates;

public sealed class TemplateLoaderTests : IDisposable
{
    private readonly TempSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void SiteLayoutWins_WhenThemeHasSameTemplate()
    {
        _site.With("themes/plain/layouts/event.html", "theme")
             .With("layouts/event.html", "site");

        var loaded = _site.Loader("plain").Load("event.html");

        Assert.Equal(Path.Combine(_site.Root, "layouts", "event.html"), loaded.Path);
        Assert.Equal("site", loaded.Template.Render());
    }

    [Fact]
    public void ThemeLayoutIsUsed_WhenSiteHasNone()
    {
        _site.With("themes/plain/layouts/partials/header.html", "theme header");

        Assert.Equal("theme header", _site.Loader("plain").Load("partials/header.html").Template.Render());
    }

    [Fact]
    public void MissingTemplateNamesEveryLocation_WhenNotFound()
    {
        var error = Assert.Throws<TemplateNotFoundException>(() => _site.Loader("plain").Load("nope.html"));

        Assert.Contains(Path.Combine(_site.Root, "layouts", "nope.html"), error.Message, StringComparison.Ordinal);
        Assert.Contains(Path.Combine(_site.Root, "themes", "plain", "layouts", "nope.html"), error.Message, StringComparison.Ordinal);
        Assert.Contains("embedded:themes/default/layouts/nope.html", error.Message, StringComparison.Ordinal);
        Assert.Equal(3, error.Searched.Count);
    }

    [Fact]
    public void RendererReportsMissingLayout_WhenNoBaseofExists()
    {
        _site.With("layouts/event.html", "x");
        var renderer = new TemplateRenderer(_site.Loader());

        var error = Assert.Throws<TemplateRenderException>(() => renderer.Render("event.html", new { }, new Dictionary<string, object?>()));

        Assert.Contains("baseof.html", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void IncludeNamesTheChain_WhenPartialIsMissing()
    {
        _site.With("layouts/event.html", "a\n  {{ include 'partials/missing.html' }}");
        var renderer = new TemplateRenderer(_site.Loader());

        var error = Assert.Throws<TemplateRenderException>(() => renderer.RenderWithoutLayout("event.html", new { }, new Dictionary<string, object?>()));

        Assert.Contains("partials/missing.html", error.Message, StringComparison.Ordinal);
        Assert.Contains("embedded:", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, error.Line);
    }

    [Fact]
    public void TemplateIsParsedOnce_WhenLoadedTwice()
    {
        _site.With("layouts/event.html", "x");
        var loader = _site.Loader();

        Assert.Same(loader.Load("event.html").Template, loader.Load("/event.html").Template);
    }

    [Fact]
    public void IncludeUsesLoaderCache_WhenRenderedInANewContext()
    {
        _site.With("layouts/partials/n.html", "cached")
             .With("layouts/event.html", "{{ include 'partials/n.html' }}");
        var renderer = new TemplateRenderer(_site.Loader());
        var none = new Dictionary<string, object?>();
        renderer.RenderWithoutLayout("event.html", new { }, none);

        File.Delete(Path.Combine(_site.Root, "layouts", "partials", "n.html"));

        Assert.Equal("cached", renderer.RenderWithoutLayout("event.html", new { }, none));
    }

    [Fact]
    public void ParseErrorsAreReported_WithFileLineAndColumn()
    {
        _site.With("layouts/broken.html", "ok\n{{ if }}");

        var problems = _site.Loader().ParseAll();

        var problem = Assert.Single(problems.Where(p => p.Path.EndsWith("broken.html", StringComparison.Ordinal)).Take(1));
        Assert.Equal(2, problem.Line);
    }

    [Fact]
    public void PartialParseErrorsPointAtThePartial_WhenIncluded()
    {
        _site.With("layouts/partials/bad.html", "x\n\n{{ for }}")
             .With("layouts/event.html", "{{ include 'partials/bad.html' }}");
        var renderer = new TemplateRenderer(_site.Loader());

        var error = Assert.Throws<TemplateRenderException>(() => renderer.RenderWithoutLayout("event.html", new { }, new Dictionary<string, object?>()));

        Assert.EndsWith("bad.html", error.TemplatePath, StringComparison.Ordinal);
        Assert.Equal(3, error.Line);
    }

    [Fact]
    public void NameIsRefused_WhenItClimbsOutOfLayouts()
    {
        Assert.Throws<ArgumentException>(() => _site.Loader().Load("../secret.txt"));
    }

    [Fact]
    public void ThemeStaticComesFromSiteTheme_WhenPresent()
    {
        _site.With("themes/plain/static/css/site.css", "body{}");
        var loader = _site.Loader("plain");

        Assert.Equal(["css/site.css"], loader.Theme.StaticFiles());
        using var reader = new StreamReader(loader.Theme.OpenStatic("css/site.css"));
        Assert.Equal("body{}", reader.ReadToEnd());
    }

    [Fact]
    public void LayoutWrapsPage_WithContentAsTrustedHtml()
    {
        _site.With("layouts/baseof.html", "<title>{{ title }}</title><main>{{ content }}</main>")
             .With("layouts/event.html", "{{ title = page.name }}<h1>{{ page.name }}</h1>");
        var renderer = new TemplateRenderer(_site.Loader());

        var html = renderer.Render("event.html", new { Page = new { Name = "R&D" } }, new Dictionary<string, object?>());

        Assert.Equal("<title>R&amp;D</title><main><h1>R&amp;D</h1></main>", html);
    }

    [Fact]
    public void RenderingIsThreadSafe_WhenTemplatesAreShared()
    {
        _site.With("layouts/baseof.html", "[{{ content }}]")
             .With("layouts/partials/n.html", "{{ n }}")
             .With("layouts/event.html", "{{ include 'partials/n.html' }}");
        var renderer = new TemplateRenderer(_site.Loader());

        var results = Enumerable.Range(0, 200).AsParallel()
            .Select(i => (i, html: renderer.Render("event.html", new Dictionary<string, object?> { ["n"] = i }, new Dictionary<string, object?>())))
            .ToList();

        Assert.All(results, r => Assert.Equal($"[{r.i}]", r.html));
    }
}
