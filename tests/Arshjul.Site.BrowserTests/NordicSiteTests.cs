using Arshjul.Site.BrowserTests.Support;
using Arshjul.Site.Build;
using Arshjul.Site.Tests.I18n;

namespace Arshjul.Site.BrowserTests;

/// <summary>
/// Issue 18's acceptance site (nynorsk, Finnish, Danish, German, with untranslated texts and talks in other
/// languages): every page passes the Nu Html Checker and axe-core, as the example site's pages do.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class NordicSiteTests(SiteFixture site, ITestOutputHelper output) : IDisposable
{
    private readonly Arshjul.Site.Tests.Support.TestSite _source = LanguageSites.Write("nn", "fi", "da", "de");
    private readonly string _output = Path.Combine(Path.GetTempPath(), "arshjul-nordic-" + Guid.NewGuid().ToString("N"));

    private BuildResult BuildSite()
    {
        var result = SiteBuilder.Build(new BuildRequest { Source = _source.Root, Output = _output, Now = LanguageSites.Now });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Diagnostics);
        return result;
    }

    [Fact]
    public async Task Every_page_of_the_nordic_site_is_valid_html()
    {
        BuildSite();
        var (files, errors) = await VnuTests.RunVnuAsync(_output);
        Report.Line(output, $"vnu, nordic site: {files} HTML files checked, {errors.Count} errors");
        Assert.True(files > 40, $"only {files} HTML files in {_output}");
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(60)));
    }

    [Fact]
    public async Task Every_page_of_the_nordic_site_has_no_axe_violations()
    {
        Tools.RequireAxe();
        BuildSite();
        await using var server = await StaticSiteServer.StartAsync(_output);
        var context = await site.Browser.NewContextAsync(new() { BaseURL = server.BaseAddress.ToString(), ViewportSize = new() { Width = SiteFixture.Desktop.Width, Height = SiteFixture.Desktop.Height } });
        try
        {
            var pages = SitePages.Of(_output);
            var failures = new Failures("axe-core on the nordic site");
            await Parallel.ForEachAsync(pages, new ParallelOptions { MaxDegreeOfParallelism = Browsing.Parallelism }, async (path, _) =>
                await failures.Guard(path, async () =>
                {
                    await using var opened = await Browsing.OpenAsync(context, path);
                    var result = await Axe.RunAsync(opened.Page);
                    if (result.Violations.Count > 0) failures.Add(path, result.Describe(result.Violations));
                }));
            Report.Line(output, $"axe, nordic site: {pages.Count} pages checked");
            Assert.True(pages.Count > 40, $"only {pages.Count} pages");
            failures.ThrowIfAny();
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    public void Dispose()
    {
        _source.Dispose();
        try
        {
            Directory.Delete(_output, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
