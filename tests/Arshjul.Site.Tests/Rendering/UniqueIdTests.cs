using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Arshjul.Site.Build;
using Arshjul.Site.Tests.Support;

namespace Arshjul.Site.Tests.Rendering;

/// <summary>
/// Content model, "Markdown bodies": heading ids are unique on the page that shows them. An event
/// page shows the event's body beside every item's anchor, an item page its description; headings
/// that repeat get a suffix, item anchors keep their ids, and an author's in-page link follows its heading.
/// </summary>
public sealed class UniqueIdTests
{
    private static readonly DateTimeOffset Now = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private const string Event = """
        ---
        title: Riktningsmöte
        start: 2024-03-08T08:30
        end: 2024-03-08T12:00
        schedule:
          - id: mer
            title: Mer kaffe
            time: "09.00"
            description: |
              ## Nuläge

              Se [nuläget](#nuläge) och [mer](#mer).

              ## Mer

              Kaffe.
          - title: Samtal
            time: "10.00"
            description: |
              Läs [mer](#mer) först.

              ## Mer

              Samtal i grupp.
        ---
        Läs [mer](#mer) och [nuläget](#nuläge).

        ## Mer

        Om mötet.

        ## Nuläge

        Värmlands nuläge.
        """;

    [Fact]
    public void EventPage_SharedHeadings_GetUniqueIds_AndTheirLinksFollow()
    {
        using var site = new TestSite();
        site.Write("content/events/x/index.sv.md", Event);

        using var page = Page(Build(site), "sv/events/x/index.html");

        Assert.Empty(Duplicates(page));
        // The item anchor keeps its id: other pages link to it.
        Assert.Contains("item", page.GetElementById("mer")!.ClassList);

        // Each text's links land on that text's own heading.
        var body = page.QuerySelector(".event-body")!;
        Assert.Equal(["#mer-2", "#nuläge"], body.QuerySelectorAll("p a").Select(a => Uri.UnescapeDataString(a.GetAttribute("href")!)));
        Assert.Equal(["mer-2", "nuläge"], body.QuerySelectorAll("h2").Select(h => h.Id!));

        // Descriptions are on the items' own pages (issue 15: compact programme entries).
        Assert.Empty(page.QuerySelectorAll(".item-description"));
    }

    [Fact]
    public void ItemPage_DescriptionHeadings_GetUniqueIds_AndTheirLinksFollow()
    {
        using var site = new TestSite();
        site.Write("content/events/x/index.sv.md", Event);

        using var page = Page(Build(site), "sv/events/x/mer/index.html");

        Assert.Empty(Duplicates(page));
        // The item ids of the event stay reserved on its item pages too, so "Mer" becomes mer-2.
        var body = page.QuerySelector(".item-body")!;
        Assert.Equal(["nuläge", "mer-2"], body.QuerySelectorAll("h2, h3, h4, h5, h6").Select(h => h.Id!));
        Assert.Equal(["#nuläge", "#mer-2"], body.QuerySelectorAll("a").Select(a => Uri.UnescapeDataString(a.GetAttribute("href")!)));
    }

    [Fact]
    public void EventPage_PassesTheOutputLinkCheck()
    {
        using var site = new TestSite();
        site.Write("content/events/x/index.sv.md", Event);

        var result = SiteBuilder.Build(new BuildRequest { Source = site.Root, Now = Now, WriteOutput = false, CheckLinks = true });

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
    }

    [Fact]
    public void ExampleSite_NoPageHasADuplicateId()
    {
        var result = SiteBuilder.Build(new BuildRequest { Source = RepoPaths.Root, Now = Now, WriteOutput = false });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Where(d => d.IsError)));

        var pages = result.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)).ToList();
        Assert.True(pages.Count > 100, $"only {pages.Count} pages");
        var duplicates = pages
            .SelectMany(f =>
            {
                using var page = new HtmlParser().ParseDocument(Encoding.UTF8.GetString(f.Content));
                return Duplicates(page).Select(id => f.Path + ": " + id).ToList();
            })
            .ToList();
        Assert.Empty(duplicates);
    }

    private static BuildResult Build(TestSite site)
    {
        var result = SiteBuilder.Build(new BuildRequest { Source = site.Root, Now = Now, WriteOutput = false });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result;
    }

    private static IDocument Page(BuildResult result, string path) =>
        new HtmlParser().ParseDocument(Encoding.UTF8.GetString(result.Files.Single(f => f.Path == path).Content));

    private static IEnumerable<string> Duplicates(IDocument page) =>
        page.QuerySelectorAll("[id]").GroupBy(e => e.Id!, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => $"{g.Key} ×{g.Count()}");
}
