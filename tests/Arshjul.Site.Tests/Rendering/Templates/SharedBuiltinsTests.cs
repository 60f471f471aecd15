using Arshjul.Site.Rendering.Templates;

namespace Arshjul.Site.Tests.Rendering.Templates;

/// <summary>
/// Every page renders with the same copy of Scriban's builtins: one page's template must not be
/// able to change what the next page sees.
/// </summary>
public sealed class SharedBuiltinsTests : IDisposable
{
    private static readonly Dictionary<string, object?> NoGlobals = new();

    private readonly TempSite _site = new();

    public void Dispose() => _site.Dispose();

    [Theory]
    [InlineData("{{ string.foo = 1 }}", "string.foo")]
    [InlineData("{{ string.upcase = 'x' }}", "string.upcase")]
    [InlineData("{{ date.format = '%Y' }}", "date.format")]
    public void WritingIntoABuiltin_IsATemplateError_NamingIt(string write, string member)
    {
        _site.With("layouts/writer.html", write);
        var renderer = new TemplateRenderer(_site.Loader());

        var error = Assert.Throws<TemplateRenderException>(() => renderer.RenderWithoutLayout("writer.html", NoGlobals, NoGlobals));

        var problem = Assert.Single(error.Problems);
        Assert.Equal($"Cannot set a value for the readonly member: {member}", problem.Message);
        Assert.EndsWith("writer.html", problem.Path);
        Assert.Equal(1, problem.Line);
    }

    [Fact]
    public void ABuiltinOnePageWritesInto_IsUntouchedOnTheNextPage()
    {
        _site.With("layouts/first.html", "{{ string = 'mine' }}{{ string }}|{{ string.foo = 1 }}");
        _site.With("layouts/second.html", "{{ date.format = '%Y' }}");
        _site.With("layouts/third.html", "{{ 'a-b' | string.replace '-' '_' }}|{{ 'x' | string.upcase }}|{{ date.format }}");
        var renderer = new TemplateRenderer(_site.Loader());

        Assert.Throws<TemplateRenderException>(() => renderer.RenderWithoutLayout("first.html", NoGlobals, NoGlobals));
        Assert.Throws<TemplateRenderException>(() => renderer.RenderWithoutLayout("second.html", NoGlobals, NoGlobals));

        Assert.Equal("a_b|X|%d %b %Y", renderer.RenderWithoutLayout("third.html", NoGlobals, NoGlobals));
    }

    [Fact]
    public void EmptyAndDate_StillWorkAsBuiltins()
    {
        _site.With("layouts/t.html", "{{ x == empty }}|{{ [] == empty }}|{{ date.parse '2024-03-08' | date.to_string '%Y-%m-%d' }}");

        Assert.Equal("false|true|2024-03-08", new TemplateRenderer(_site.Loader()).RenderWithoutLayout("t.html", new Dictionary<string, object?> { ["x"] = "a" }, NoGlobals));
    }
}
