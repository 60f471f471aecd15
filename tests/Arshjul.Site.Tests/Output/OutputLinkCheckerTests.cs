using System.Text;
using Arshjul.Site.Diagnostics;
using Arshjul.Site.Output;

namespace Arshjul.Site.Tests.Output;

public sealed class OutputLinkCheckerTests
{
    private static OutputFile Html(string path, string body) =>
        new(path, Encoding.UTF8.GetBytes($"<!DOCTYPE html><html><body>{body}</body></html>"), OutputFormat.Html);

    [Fact]
    public void MissingFragment_OnTheSameOrAnotherPage_IsReported()
    {
        var files = new[]
        {
            Html("sv/index.html", "<a href=\"#main\">skip</a><main id=\"content\"></main><a href=\"events/#day-1\">day</a>"),
            Html("sv/events/index.html", "<h2 id=\"day-2\">Dag 2</h2>"),
        };
        var diagnostics = new DiagnosticBag();

        OutputLinkChecker.Check(files, diagnostics, new Uri("https://example.org/"));

        Assert.Equal(
            [
                "public/sv/index.html:1:1: error AJ0500: The page links to '#main', but sv/index.html has no element with id 'main'.",
                "public/sv/index.html:1:1: error AJ0500: The page links to 'events/#day-1', but sv/events/index.html has no element with id 'day-1'.",
            ],
            diagnostics.ToSortedList().Select(d => d.ToString()));
    }

    [Fact]
    public void AbsoluteLinksToTheSiteItself_AreCheckedAsInternal_NotListedAsExternal()
    {
        var files = new[]
        {
            Html("sv/index.html", "<link rel=\"canonical\" href=\"https://example.org/sv/\"><a href=\"https://example.org/sv/gone/\">x</a><a href=\"https://www.digg.se/\">DIGG</a>"),
        };
        var diagnostics = new DiagnosticBag();

        var external = OutputLinkChecker.Check(files, diagnostics, new Uri("https://example.org/"));

        Assert.Equal(["https://www.digg.se/"], external);
        Assert.Equal(
            ["public/sv/index.html:1:1: error AJ0500: The page links to 'https://example.org/sv/gone/', which is not a file of the built site."],
            diagnostics.ToSortedList().Select(d => d.ToString()));
    }
}
