using Arshjul.Cli;
using Arshjul.Site.BrowserTests.Support;
using Arshjul.Site.Build;

namespace Arshjul.Site.BrowserTests;

/// <summary>
/// A site fresh from `arshjul init` passes the same gates as the example site: the Nu Html Checker on
/// every HTML file, and axe-core on every page (the language choice at the root aside: it only redirects).
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class InitSiteTests(SiteFixture site, ITestOutputHelper output) : IAsyncLifetime
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "arshjul-browser-init-" + Guid.NewGuid().ToString("N"));

    private string Source => Path.Combine(_root, "site");

    private string Output => Path.Combine(_root, "public");

    public Task InitializeAsync()
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = CliApp.Run(["init", Source, "--languages", "sv,nb,en", "--now", "2026-12-02T10:00:00Z"], stdout, stderr);
        if (exit != 0) throw new InvalidOperationException($"arshjul init exited {exit}: {stderr}");
        var build = SiteBuilder.Build(new BuildRequest { Source = Source, Output = Output, Now = DateTimeOffset.Parse("2026-12-02T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture) });
        if (!build.Succeeded || build.Diagnostics.Count > 0)
        {
            throw new InvalidOperationException("The new site does not build cleanly:\n" + string.Join("\n", build.Diagnostics.Select(d => d.ToString())));
        }

        return Task.CompletedTask;
    }

    public Task DisposeAsync()
    {
        Directory.Delete(_root, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Every_html_file_of_a_new_site_is_valid_html()
    {
        var (files, errors) = await VnuTests.RunVnuAsync(Output);
        Report.Line(output, $"vnu on a new site: {files} HTML files checked, {errors.Count} errors");
        Assert.True(files >= 20, $"only {files} HTML files in {Output}");
        Assert.True(errors.Count == 0, "vnu found errors:\n" + string.Join("\n", errors));
    }

    [Fact]
    public async Task Every_page_of_a_new_site_has_no_axe_violations()
    {
        Tools.RequireAxe();
        await using var server = await StaticSiteServer.StartAsync(Output);
        var context = await site.Browser.NewContextAsync(new() { BaseURL = server.BaseAddress.ToString() });
        try
        {
            var pages = SitePages.Of(Output);
            var failures = new List<string>();
            foreach (var path in pages)
            {
                await using var opened = await Browsing.OpenAsync(context, path);
                var result = await Axe.RunAsync(opened.Page);
                if (result.Violations.Count > 0) failures.Add($"{path}:\n{result.Describe(result.Violations)}");
                if (opened.LoadProblems.Count > 0) failures.Add($"{path}: {string.Join("; ", opened.LoadProblems)}");
            }

            Report.Line(output, $"axe on a new site: {pages.Count} pages, {failures.Count} with problems");
            Assert.True(pages.Count >= 20, $"only {pages.Count} pages");
            Assert.True(failures.Count == 0, string.Join("\n\n", failures));
        }
        finally
        {
            await context.CloseAsync();
        }
    }
}
