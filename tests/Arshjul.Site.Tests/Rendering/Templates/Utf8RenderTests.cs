using System.Text;
using Arshjul.Site.Rendering.Templates;

namespace Arshjul.Site.Tests.Rendering.Templates;

/// <summary>
/// Pages are encoded to UTF-8 from the renderer's output builder, chunk by chunk, without making the page a string:
/// the bytes are those of the rendered text, also where a chunk ends between the two halves of a surrogate pair.
/// </summary>
public sealed class Utf8RenderTests : IDisposable
{
    private static readonly Dictionary<string, object?> NoGlobals = new();

    private readonly TempSite _site = new();

    public void Dispose() => _site.Dispose();

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void ABigPageOfEmoji_IsTheSameBytesAsItsTextEncoded(int shift)
    {
        // Over the 4 M characters a builder is kept at, so the text ends up in more than one chunk; one of the three
        // shifts puts the boundary between a high and a low surrogate.
        _site.With("layouts/baseof.html", "<html>{{ content }}</html>");
        _site.With("layouts/p.html", "{{ prefix }}{{ text }}|{{ tail }}");
        var model = new Dictionary<string, object?>
        {
            ["prefix"] = new string('x', shift),
            ["text"] = string.Concat(Enumerable.Repeat("å😀", 1_700_000)),
            ["tail"] = "slut 🎉",
        };
        var renderer = new TemplateRenderer(_site.Loader());

        var bytes = renderer.RenderUtf8("p.html", model, NoGlobals);

        var text = renderer.Render("p.html", model, NoGlobals);
        Assert.Equal(Encoding.UTF8.GetBytes(text), bytes);
        Assert.DoesNotContain('\uFFFD', Encoding.UTF8.GetString(bytes));
        Assert.EndsWith("|slut 🎉</html>", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutTheLayout_TheBytesAreTheTemplatesAlone()
    {
        _site.With("layouts/baseof.html", "<html>{{ content }}</html>");
        _site.With("layouts/fragment.html", "<p>{{ name }}</p>");
        var renderer = new TemplateRenderer(_site.Loader());

        var bytes = renderer.RenderUtf8("fragment.html", new Dictionary<string, object?> { ["name"] = "Åsa & Øystein" }, NoGlobals, withLayout: false);

        Assert.Equal("<p>Åsa &amp; Øystein</p>", Encoding.UTF8.GetString(bytes));
    }
}
