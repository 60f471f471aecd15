using Arshjul.Site.BrowserTests.Support;
using Xunit.Sdk;

namespace Arshjul.Site.BrowserTests;

/// <summary>Every covered page loads with its status and language, without failed requests or script errors.</summary>
[Collection(SiteCollection.Name)]
public sealed class PageLoadTests(SiteFixture site, ITestOutputHelper output)
{
    [Fact]
    public async Task Every_covered_page_loads_cleanly_in_its_language()
    {
        var context = await site.ContextAsync(SiteFixture.Desktop);
        var failures = new Failures("page load");
        var checkedPages = 0;
        await Browsing.ForEachPageAsync(failures, CoveredPages.InEveryLanguage(), async (lang, page) =>
        {
            await using var opened = await Browsing.OpenAsync(context, page.Path(lang));
            Browsing.ExpectStatus(opened, page.ExpectedStatus);
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
        Report.Line(output, $"load: {checkedPages} pages loaded cleanly");
        failures.ThrowIfAny();
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
