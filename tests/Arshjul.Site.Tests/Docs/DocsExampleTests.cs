using Arshjul.Site.Build;
using Arshjul.Site.Tests.Support;

namespace Arshjul.Site.Tests.Docs;

/// <summary>Every example file in docs/ builds: the marked blocks of each page make one site, with no error, no warning and no broken link.</summary>
public sealed class DocsExampleTests
{
    /// <summary>The site.yml of a page that marks none (docs/README.md says so).</summary>
    private const string DefaultSiteYml = """
        title: Exempel
        baseUrl: https://example.org/
        languages: [sv, nb, en]
        timeZone: Europe/Stockholm
        """;

    private static readonly DateTimeOffset Now = new(2025, 1, 15, 12, 0, 0, TimeSpan.Zero);

    private static string DocsFolder => Path.Combine(RepoPaths.Root, "docs");

    public static TheoryData<string> PagesWithExamples() => new(PageNames());

    private static List<string> PageNames() =>
        Directory.EnumerateFiles(DocsFolder, "*.md")
            .Where(file => DocExamples.Find(File.ReadAllText(file)).Count > 0)
            .Select(Path.GetFileName).OfType<string>()
            .Order(StringComparer.Ordinal)
            .ToList();

    [Theory]
    [MemberData(nameof(PagesWithExamples))]
    public void TheExamplesOfAPage_BuildWithNoErrorsOrWarnings(string page)
    {
        var examples = DocExamples.Find(File.ReadAllText(Path.Combine(DocsFolder, page)));

        var diagnostics = Build(page, examples);

        Assert.True(diagnostics.Count == 0, $"The examples in docs/{page} do not build cleanly:\n" + string.Join("\n", diagnostics));
    }

    [Fact]
    public void TheGuidesAndTheReference_HaveExamples()
    {
        var pages = PageNames();
        Assert.Contains("content.md", pages);
        Assert.Contains("getting-started.md", pages);
        Assert.Contains("kom-igang.md", pages);
        Assert.True(DocExamples.Find(File.ReadAllText(Path.Combine(DocsFolder, "content.md"))).Count >= 8);
    }

    /// <summary>The test can fail: an example with a mistake is reported with the page's name and the message.</summary>
    [Fact]
    public void ABrokenExample_IsReported()
    {
        var examples = DocExamples.Find("""
            Text.

            ```markdown example=content/pages/om.sv.md
            ---
            titel: Om oss
            ---
            Text.
            ```
            """);

        var diagnostics = Build("test.md", examples);

        Assert.Contains(diagnostics, d => d.Contains("content/pages/om.sv.md:2:1: error AJ0103: Unknown key 'titel' in a page.", StringComparison.Ordinal));
    }

    [Fact]
    public void OnlyMarkedBlocks_OutsideOtherFences_AreExamples()
    {
        var examples = DocExamples.Find("""
            ````markdown
            ```yaml example=site.yml
            title: shown, not built
            ```
            ````

            ```yaml
            title: a fragment
            ```

            ~~~markdown example=content/pages/a.sv.md
            ---
            title: A
            ---
            ~~~
            """);

        var example = Assert.Single(examples);
        Assert.Equal("content/pages/a.sv.md", example.Path);
        Assert.Equal("---\ntitle: A\n---\n", example.Text);
        Assert.Equal(11, example.Line);
    }

    /// <summary>Writes the examples into a new site (a page's own site.yml, else the default), builds it with --check-links, and returns every diagnostic.</summary>
    private static List<string> Build(string page, List<DocExample> examples)
    {
        var twice = examples.GroupBy(e => e.Path).Where(g => g.Count() > 1).Select(g => $"{g.Key} (lines {string.Join(", ", g.Select(e => e.Line))})").ToList();
        Assert.True(twice.Count == 0, $"docs/{page} marks a path more than once: {string.Join("; ", twice)}");
        using var site = new TestSite(examples.FirstOrDefault(e => e.Path == "site.yml")?.Text ?? DefaultSiteYml);
        foreach (var example in examples.Where(e => e.Path != "site.yml")) site.Write(example.Path, example.Text);
        var output = Path.Combine(site.Root, "public");
        var result = SiteBuilder.Build(new BuildRequest { Source = site.Root, Output = output, Now = Now, CheckLinks = true, Parallelism = 2 });
        return result.Diagnostics.Select(d => d.ToString()).ToList();
    }
}
