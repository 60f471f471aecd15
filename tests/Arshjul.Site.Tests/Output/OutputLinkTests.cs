using Arshjul.Site.Build;
using Arshjul.Site.Diagnostics;
using Arshjul.Site.Output;
using Arshjul.Site.Tests.Cli;
using Arshjul.Site.Tests.Support;
using Xunit.Abstractions;

namespace Arshjul.Site.Tests.Output;

/// <summary>The example site, built once into a temporary folder on disk for the link checks.</summary>
public sealed class BuiltExampleSite : IDisposable
{
    public static readonly DateTimeOffset Now = new(2024, 2, 1, 12, 0, 0, TimeSpan.Zero);

    public BuiltExampleSite()
    {
        Result = SiteBuilder.Build(new BuildRequest { Source = RepoPaths.Root, Output = Folder, Now = Now });
        if (!Result.Succeeded) throw new InvalidOperationException("The example site does not build:\n" + string.Join("\n", Result.Diagnostics));
    }

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "arshjul-links-" + Guid.NewGuid().ToString("N"));

    public BuildResult Result { get; }

    /// <summary>A copy of the built folder for a test to break.</summary>
    public string Copy()
    {
        var copy = Path.Combine(Path.GetTempPath(), "arshjul-links-broken-" + Guid.NewGuid().ToString("N"));
        foreach (var file in Directory.EnumerateFiles(Folder, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy, Path.GetRelativePath(Folder, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return copy;
    }

    public static IReadOnlyList<OutputFile> FilesOf(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => new OutputFile(Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllBytes(f),
                f.EndsWith(".html", StringComparison.Ordinal) ? OutputFormat.Html : OutputFormat.Asset))
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .ToList();

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // Cleanup only.
        }
    }
}

/// <summary>Every internal link of the built example site leads to a file of the output.</summary>
public sealed class OutputLinkTests(BuiltExampleSite site, ITestOutputHelper output) : IClassFixture<BuiltExampleSite>
{
    [Fact]
    public void Every_internal_link_of_every_page_resolves_to_a_file_of_the_output()
    {
        var links = BuiltSiteLinks.Check(site.Folder);
        var line = $"links: {links.Pages} pages, {links.InternalLinks} internal links checked ({links.InternalTargets.Count} distinct targets), " +
                   $"{links.Broken.Count} broken; {links.ExternalLinks.Count} external links listed";
        output.WriteLine(line);
        Console.WriteLine(line);
        foreach (var external in links.ExternalLinks) output.WriteLine("  external: " + external);
        Assert.True(links.Pages >= 27, $"only {links.Pages} pages in {site.Folder}");
        Assert.True(links.Broken.Count == 0, $"{links.Broken.Count} broken link(s):\n" + string.Join("\n", links.Broken.Take(80)));
    }

    [Fact]
    public void The_generators_own_link_checker_agrees_on_the_files_on_disk()
    {
        var diagnostics = new DiagnosticBag();
        var external = OutputLinkChecker.Check(BuiltExampleSite.FilesOf(site.Folder), diagnostics);
        var errors = diagnostics.ToSortedList();
        output.WriteLine($"OutputLinkChecker: {errors.Count} broken, {external.Count} external links");
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    /// <summary>The gate can fail: a broken link, a missing fragment and a relative link in a 404 page are each reported.</summary>
    [Fact]
    public void A_broken_link_in_a_copy_of_the_site_is_reported_by_both_checkers()
    {
        var copy = site.Copy();
        try
        {
            Break(copy, "sv/index.html", "href=\"", "href=\"events/no-such-event/\" data-x=\"");
            Break(copy, "nb/tillganglighet/index.html", "href=\"", "href=\"../om/#no-such-section\" data-x=\"");
            Break(copy, "en/404.html", "<main", "<a href=\"../en/news/\">relative</a><main");

            var links = BuiltSiteLinks.Check(copy);
            output.WriteLine(string.Join("\n", links.Broken));
            Assert.Contains(links.Broken, b => b.StartsWith("sv/index.html:", StringComparison.Ordinal) && b.Contains("events/no-such-event/", StringComparison.Ordinal));
            Assert.Contains(links.Broken, b => b.StartsWith("nb/tillganglighet/index.html:", StringComparison.Ordinal) && b.Contains("no id \"no-such-section\"", StringComparison.Ordinal));
            Assert.Contains(links.Broken, b => b.StartsWith("en/404.html (served at /en/a/b/c/)", StringComparison.Ordinal) && b.Contains("../en/news/", StringComparison.Ordinal));

            var diagnostics = new DiagnosticBag();
            OutputLinkChecker.Check(BuiltExampleSite.FilesOf(copy), diagnostics);
            var errors = diagnostics.ToSortedList();
            Assert.Contains(errors, d => d.Code == DiagnosticCodes.BrokenOutputLink && d.Path.EndsWith("sv/index.html", StringComparison.Ordinal) && d.Message.Contains("events/no-such-event/", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(copy, recursive: true);
        }
    }

    [Fact]
    public void Arshjul_build_with_check_links_exits_0_on_the_example_site()
    {
        var folder = Path.Combine(Path.GetTempPath(), "arshjul-cli-links-" + Guid.NewGuid().ToString("N"));
        try
        {
            var run = CliRun.Of("build", "--source", RepoPaths.Root, "--output", folder, "--check-links", "--now", "2024-02-01T12:00:00Z");
            output.WriteLine(run.ToString());
            Assert.True(run.Exit == 0, run.ToString());
            Assert.DoesNotContain("AJ0500", run.Err, StringComparison.Ordinal);
            Assert.True(File.Exists(Path.Combine(folder, "sv", "index.html")), "the build wrote no sv/index.html");
        }
        finally
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }

    private static void Break(string root, string page, string find, string replacement)
    {
        var file = Path.Combine(root, page);
        var html = File.ReadAllText(file);
        var at = html.IndexOf(find, StringComparison.Ordinal);
        Assert.True(at >= 0, $"no '{find}' in {page}");
        File.WriteAllText(file, html[..at] + replacement + html[(at + find.Length)..]);
    }
}
