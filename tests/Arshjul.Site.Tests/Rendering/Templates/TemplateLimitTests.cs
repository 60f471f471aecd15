using Arshjul.Site.Build;
using Arshjul.Site.Diagnostics;
using Arshjul.Site.Tests.Support;

namespace Arshjul.Site.Tests.Rendering.Templates;

/// <summary>
/// Every limit a template can run into fails the build with a diagnostic naming the template and the
/// page (issue 15, point 1): a page is never written shorter than its template makes it.
/// </summary>
public sealed class TemplateLimitTests : IDisposable
{
    private readonly TestSite _site = new("""
        title: Test
        baseUrl: https://example.org/
        languages: [sv]
        timeZone: Europe/Stockholm
        """);

    public TemplateLimitTests()
    {
        _site.Write("content/pages/om.sv.md", "---\ntitle: Om\n---\nText.\n");
    }

    public void Dispose() => _site.Dispose();

    [Fact]
    public void EndlessLoop_IsAnError_NamingTheTemplateAndThePage()
    {
        _site.Write("layouts/page.html", "<p>\n{{ while true }}.{{ end }}\n</p>\n");

        var error = BuildFails();

        Assert.Equal(DiagnosticCodes.TemplateLoopLimit, error.Code);
        Assert.Equal("layouts/page.html", error.Path);
        Assert.Equal(2, error.Line);
        Assert.Equal(
            "The template ran 1,000,000 loop rounds (nested loops counted together) while rendering sv/om/index.html, so sv/om/index.html was not written rather than written short. A loop that runs this long is most likely endless: check the 'while' or 'for' here.",
            error.Message);
    }

    [Fact]
    public void RangeBeyondTheLoopLimit_IsTheSameError()
    {
        _site.Write("layouts/page.html", "{{ for i in 1..2000000 }}.{{ end }}\n");

        var error = BuildFails();

        Assert.Equal(DiagnosticCodes.TemplateLoopLimit, error.Code);
        Assert.Equal("layouts/page.html", error.Path);
        Assert.Contains("while rendering sv/om/index.html", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void IncludeWithoutEnd_IsAnError_NamingTheTemplateAndThePage()
    {
        _site.Write("layouts/partials/again.html", "<div>{{ include 'partials/again.html' }}</div>\n");
        _site.Write("layouts/page.html", "{{ include 'partials/again.html' }}\n");

        var error = BuildFails();

        Assert.Equal(DiagnosticCodes.TemplateRecursionLimit, error.Code);
        Assert.Equal("layouts/partials/again.html", error.Path);
        Assert.Equal(
            "The template included itself or called a function more than 100 levels deep while rendering sv/om/index.html, so sv/om/index.html was not written rather than written short. Check that the 'include' here stops (e.g. only for an item's children).",
            error.Message);
    }

    [Fact]
    public void FunctionCallingItself_IsTheRecursionError()
    {
        _site.Write("layouts/page.html", "{{ func deeper(n)\n ret deeper(n + 1)\nend }}{{ deeper 1 }}\n");

        var error = BuildFails();

        Assert.Equal(DiagnosticCodes.TemplateRecursionLimit, error.Code);
        Assert.Equal("layouts/page.html", error.Path);
    }

    [Fact]
    public void ATextOfSeveralMegabytes_IsWrittenWhole()
    {
        // Scriban's default would cut this at 1,048,576 characters without a word (what issue 15 found).
        _site.Write("layouts/page.html", "{{ 'x' * 3000000 }}|{{ for i in 1..300000 }}ab{{ end }}|end\n");

        var result = Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var page = System.Text.Encoding.UTF8.GetString(result.Files.Single(f => f.Path == "sv/om/index.html").Content);
        Assert.Contains(new string('x', 3_000_000) + "|", page, StringComparison.Ordinal);
        Assert.Contains("ab|end", page, StringComparison.Ordinal);
        Assert.Equal(3_000_000 + 600_000, page.Count(c => c is 'x' or 'a' or 'b') - CountOutsideBody(page));
    }

    private static int CountOutsideBody(string page)
    {
        var start = page.IndexOf("xxx", StringComparison.Ordinal);
        var end = page.IndexOf("|end", StringComparison.Ordinal);
        return page[..start].Count(c => c is 'x' or 'a' or 'b') + page[end..].Count(c => c is 'x' or 'a' or 'b');
    }

    private Diagnostic BuildFails()
    {
        var result = Build();
        Assert.False(result.Succeeded);
        Assert.DoesNotContain(result.Files, f => f.Path == "sv/om/index.html");
        return Assert.Single(result.Diagnostics, d => d.IsError);
    }

    private BuildResult Build() => SiteBuilder.Build(new BuildRequest
    {
        Source = _site.Root,
        Now = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero),
        WriteOutput = false,
    });
}
