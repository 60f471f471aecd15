using Arshjul.Site.BrowserTests.Support;
using Xunit.Sdk;

namespace Arshjul.Site.BrowserTests;

/// <summary>Every covered page loads with its status and language, without failed requests or script errors.</summary>
[Collection(SiteCollection.Name)]
public sealed class PageLoadTests(SiteFixture site, ITestOutputHelper output)
{
    [Theory]
    [MemberData(nameof(SiteFixture.DesktopWithAndWithoutScripts), MemberType = typeof(SiteFixture))]
    public async Task Every_covered_page_loads_cleanly_in_its_language(string viewportName)
    {
        var viewport = SiteFixture.ViewportNamed(viewportName);
        var context = await site.ContextAsync(viewport);
        var failures = new Failures($"page load ({viewport.Name})");
        var withStars = 0;
        var checkedPages = 0;
        await Browsing.ForEachPageAsync(failures, CoveredPages.For(viewport, site.OutputDir), async (lang, page) =>
        {
            await using var opened = await Browsing.OpenAsync(context, page.Path(lang));
            Browsing.ExpectStatus(opened, page.ExpectedStatus);
            if (await Browsing.ExpectScriptsAsInAsync(opened.Page, viewport)) Interlocked.Increment(ref withStars);
            var htmlLang = await opened.Page.GetAttributeAsync("html", "lang");
            if (htmlLang != lang) throw new XunitException($"<html lang=\"{htmlLang}\">, expected \"{lang}\"");
            if (string.IsNullOrWhiteSpace(await opened.Page.TitleAsync())) throw new XunitException("empty <title>");
            var h1 = await opened.Page.Locator("h1").CountAsync();
            if (h1 != 1) throw new XunitException($"{h1} <h1> elements, expected 1");
            var sheets = await opened.Page.EvaluateAsync<int>("() => [...document.styleSheets].filter(s => { try { return s.cssRules.length > 0; } catch { return false; } }).length");
            if (sheets == 0) throw new XunitException("no style sheet with rules was applied");
            if (opened.LoadProblems.Count > 0) throw new XunitException(string.Join("\n", opened.LoadProblems));
            Interlocked.Increment(ref checkedPages);
        });
        Report.Line(output, $"load ({viewport.Name}): {checkedPages} pages loaded cleanly");
        failures.ThrowIfAny();
        Assert.True(withStars > 0, "no checked page has items to star, so nothing showed whether its scripts ran");
    }

    /// <summary>
    /// The JavaScript-off runs of the checks skip the covered pages that run no script (<see cref="CoveredPages.For"/>):
    /// this is what makes that honest. Each such page builds the same document with JavaScript off as on (in Swedish: which
    /// pages run scripts is the templates' doing, the same in every language).
    /// </summary>
    [Fact]
    public async Task A_covered_page_that_runs_no_script_is_the_same_page_with_JavaScript_off()
    {
        var on = await site.ContextAsync(SiteFixture.Desktop);
        var off = await site.ContextAsync(SiteFixture.DesktopNoScript);
        var withScripts = CoveredPages.For(SiteFixture.DesktopNoScript, site.OutputDir).ToHashSet();
        var without = CoveredPages.InEveryLanguage().Where(p => p.Lang == "sv" && !withScripts.Contains(p)).ToList();
        Assert.True(withScripts.Count > 0 && without.Count > 0, $"{withScripts.Count} covered pages run scripts, {without.Count} do not: the split is not being tried");
        var failures = new Failures("pages without scripts, JavaScript on and off");
        await Browsing.ForEachPageAsync(failures, without, async (lang, page) =>
        {
            await using var withJs = await Browsing.OpenAsync(on, page.Path(lang));
            await using var withoutJs = await Browsing.OpenAsync(off, page.Path(lang));
            var a = await withJs.Page.EvaluateAsync<string>("() => document.documentElement.outerHTML");
            var b = await withoutJs.Page.EvaluateAsync<string>("() => document.documentElement.outerHTML");
            if (a != b) throw new XunitException($"the document differs with JavaScript on ({a.Length} characters) and off ({b.Length})");
        });
        Report.Line(output, $"scripts: {withScripts.Count} covered pages run scripts; the other {without.Count} are the same with JavaScript on and off");
        failures.ThrowIfAny();
    }

    /// <summary>
    /// Every HTML page of the site with JavaScript on, and every one that runs a script with it off too (a page without
    /// one asks for the same either way): no request goes to any host but the site's own. The shared contexts record
    /// every request of every test, so what other tests loaded before this one counts too.
    /// </summary>
    [Fact]
    public async Task No_request_leaves_the_site_with_JavaScript_on_or_off()
    {
        var all = SitePages.Of(site.OutputDir);
        var withScripts = SitePages.ThatRunScripts(site.OutputDir, all);
        Assert.True(withScripts.Count > 0, "no page of the site runs a script");
        var failures = new Failures("pages with JavaScript on and off");
        foreach (var (viewport, pages) in new[] { (SiteFixture.Desktop, all), (SiteFixture.DesktopNoScript, withScripts) })
        {
            var context = await site.ContextAsync(viewport);
            await Parallel.ForEachAsync(pages, new ParallelOptions { MaxDegreeOfParallelism = Browsing.Parallelism }, async (path, _) =>
                await failures.Guard($"{path} ({viewport.Name})", async () =>
                {
                    await using var opened = await Browsing.OpenAsync(context, path);
                }));
        }

        Report.Line(output, $"offsite: {all.Count} pages opened with JavaScript on, the {withScripts.Count} that run scripts also with it off; {site.OffsiteRequests.Count} requests off the site");
        failures.ThrowIfAny();
        Assert.True(site.OffsiteRequests.Count == 0, "requests to other hosts:\n" + string.Join("\n", site.OffsiteRequests.Take(30)));
    }

    /// <summary>The recorder can fail: a copy of the home page with an image from another host reports that request, with scripts off too.</summary>
    [Fact]
    public async Task An_image_from_another_host_is_reported_as_a_request_off_the_site()
    {
        using var copy = new MutatedCopy(site.OutputDir, "sv/index.html")
            .Replace("sv/index.html", "<main([^>]*)>", "<main$1><img src=\"http://192.0.2.1/tracker.png\" alt=\"\" width=\"1\" height=\"1\">");
        await using var server = await StaticSiteServer.StartAsync(copy.Root);
        var context = await site.Browser.NewContextAsync(new() { BaseURL = server.BaseAddress.ToString(), JavaScriptEnabled = false });
        try
        {
            var offsite = new List<string>();
            SiteFixture.WatchOffsite(context, server.BaseAddress, "test", offsite);
            var page = await context.NewPageAsync();
            await page.GotoAsync("/sv/", new() { WaitUntil = Microsoft.Playwright.WaitUntilState.DOMContentLoaded });
            await page.WaitForTimeoutAsync(200);
            Assert.Contains(offsite, r => r.StartsWith("http://192.0.2.1/tracker.png", StringComparison.Ordinal));
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    /// <summary>An unknown path is answered with status 404 and the language's not-found page, with working styles and links.</summary>
    [Fact]
    public async Task Unknown_path_gets_the_languages_404_page()
    {
        var context = await site.ContextAsync(SiteFixture.Desktop);
        var failures = new Failures("404");
        foreach (var lang in SiteFixture.Languages)
        {
            await failures.Guard(lang, async () =>
            {
                await using var real = await Browsing.OpenAsync(context, $"/{lang}/404.html");
                Browsing.ExpectStatus(real, 200);
                var expectedHeading = await real.Page.Locator("h1").InnerTextAsync();
                foreach (var path in new[] { $"/{lang}/does-not-exist/", $"/{lang}/events/no-such-event/deeper/still/" })
                {
                    await using var opened = await Browsing.OpenAsync(context, path);
                    Browsing.ExpectStatus(opened, 404);
                    var heading = await opened.Page.Locator("h1").InnerTextAsync();
                    if (heading != expectedHeading) throw new XunitException($"{path}: h1 '{heading}', expected the 404 page's '{expectedHeading}'");
                    if (opened.LoadProblems.Count > 0) throw new XunitException($"{path}: " + string.Join("\n", opened.LoadProblems));

                    // The page is served at an arbitrary depth: its links must still lead somewhere.
                    var home = await opened.Page.Locator("a.site-title, header a[href]").First.GetAttributeAsync("href");
                    var target = new Uri(new Uri(opened.Page.Url), home);
                    var response = await context.APIRequest.GetAsync(target.ToString());
                    if (response.Status != 200) throw new XunitException($"{path}: header link '{home}' → {target} answered {response.Status}");
                }
            });
        }

        failures.ThrowIfAny();
    }
}
