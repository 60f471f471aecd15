using System.Text;
using Arshjul.Cli;
using Arshjul.Site.Diagnostics;
using Arshjul.Site.Output;
using Arshjul.Site.Tests.Support;

namespace Arshjul.Site.Tests.Output;

/// <summary>The output link check (`build --check-links`) fails on a page where an id occurs more than once.</summary>
public sealed class DuplicateIdCheckTests
{
    private static OutputFile Html(string path, string body) =>
        new(path, Encoding.UTF8.GetBytes($"<!DOCTYPE html><html><body>{body}</body></html>"), OutputFormat.Html);

    [Fact]
    public void AnIdTwiceOnAPage_IsAnError_NamingThePageTheIdAndTheCount()
    {
        var files = new[]
        {
            Html("sv/events/x/index.html", "<h2 id=\"mer\">Mer</h2><li id=\"mer\"></li><h2 id=\"nulage\"></h2><p id=\"mer\"></p><h2 id=\"nulage\"></h2><p id=\"once\"></p>"),
            Html("sv/index.html", "<p id=\"mer\"></p><a href=\"events/x/#mer\">mer</a>"),
        };
        var diagnostics = new DiagnosticBag();

        OutputLinkChecker.Check(files, diagnostics, new Uri("https://example.org/"));

        var found = diagnostics.ToSortedList();
        Assert.Equal(
            [
                "public/sv/events/x/index.html:1:1: error AJ0510: The page has 2 elements with id 'nulage'; a link to #nulage can only lead to the first.",
                "public/sv/events/x/index.html:1:1: error AJ0510: The page has 3 elements with id 'mer'; a link to #mer can only lead to the first.",
            ],
            found.Select(d => d.ToString()));
        Assert.All(found, d => Assert.Equal(
            "Ids must be unique on a page. If a template writes this id, make it unique there (for example by adding the item's id).", d.Hint));
    }

    [Fact]
    public void BuildCheckLinks_FailsOnATemplateThatWritesAnIdTwice_AndWritesNothing()
    {
        using var site = new TestSite();
        site.Write("content/pages/om.sv.md", "---\ntitle: Om\n---\nText.\n");
        site.Write("layouts/page.html", "<div id=\"twice\"></div><div id=\"twice\"></div>");
        var output = Path.Combine(site.Root, "public");
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var exit = CliApp.Run(["build", "--source", site.Root, "--check-links", "--now", "2024-01-01T00:00Z"], stdout, stderr);

        Assert.True(exit == 1, $"exit {exit}\n{stdout}\n{stderr}");
        Assert.Contains("public/sv/om/index.html:1:1: error AJ0510: The page has 2 elements with id 'twice'; a link to #twice can only lead to the first.", stderr.ToString());
        Assert.False(Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any());
    }
}
