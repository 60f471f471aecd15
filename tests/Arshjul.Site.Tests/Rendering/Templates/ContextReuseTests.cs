using Arshjul.Site.Rendering.Templates;

namespace Arshjul.Site.Tests.Rendering.Templates;

/// <summary>
/// Each thread keeps one template context and resets it between pages: nothing one page's templates assign reaches the
/// next page, a page after a failed one renders as on a fresh thread, and a renderer never sees another's templates.
/// </summary>
public sealed class ContextReuseTests : IDisposable
{
    private static readonly Dictionary<string, object?> NoGlobals = new();

    private readonly TempSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void AVariableOnePageAssigns_IsNotSetOnTheNextPage()
    {
        _site.With("layouts/baseof.html", "{{ content }}")
             .With("layouts/first.html", "{{ leaked = 'from the first page' }}first")
             .With("layouts/second.html", "[{{ leaked }}]");
        var renderer = new TemplateRenderer(_site.Loader());

        Assert.Equal("first", renderer.Render("first.html", new { }, NoGlobals));
        // Templates are strict about variables: one the second page never set is an error there, not a value.
        var error = Assert.Throws<TemplateRenderException>(() => renderer.Render("second.html", new { }, NoGlobals));

        Assert.Contains("`leaked` was not found", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void APageAfterAFailedOne_RendersWithItsHtmlFunctionsAndLayout()
    {
        _site.With("layouts/baseof.html", "<main>{{ content }}</main>")
             .With("layouts/broken.html", "{{ for x in [1, 2] }}{{ capture c }}{{ missing }}{{ end }}{{ end }}")
             .With("layouts/fine.html", "{{ text }} {{ raw html }}");
        var renderer = new TemplateRenderer(_site.Loader());

        Assert.Throws<TemplateRenderException>(() => renderer.Render("broken.html", new { }, NoGlobals));
        var fine = renderer.Render("fine.html", new Dictionary<string, object?> { ["text"] = "<b>", ["html"] = "<i>ok</i>" }, NoGlobals);

        Assert.Equal("<main>&lt;b&gt; <i>ok</i></main>", fine);
    }

    [Fact]
    public void TwoRenderersOnOneThread_EachIncludeTheirOwnPartials()
    {
        using var other = new TempSite();
        _site.With("layouts/baseof.html", "{{ content }}")
             .With("layouts/page.html", "{{ include 'partials/who.html' }}")
             .With("layouts/partials/who.html", "site one");
        other.With("layouts/baseof.html", "{{ content }}")
             .With("layouts/page.html", "{{ include 'partials/who.html' }}")
             .With("layouts/partials/who.html", "site two");
        var first = new TemplateRenderer(_site.Loader());
        var second = new TemplateRenderer(other.Loader());

        Assert.Equal("site one", first.Render("page.html", new { }, NoGlobals));
        Assert.Equal("site two", second.Render("page.html", new { }, NoGlobals));
        Assert.Equal("site one", first.Render("page.html", new { }, NoGlobals));
    }
}
