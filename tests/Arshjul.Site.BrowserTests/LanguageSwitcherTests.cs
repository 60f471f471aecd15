using System.Collections.Concurrent;
using Arshjul.Site.BrowserTests.Support;
using Microsoft.Playwright;
using Xunit.Sdk;

namespace Arshjul.Site.BrowserTests;

/// <summary>The language switcher of every covered page leads to the same page in each other language, with JavaScript on and off
/// (off: the pages that run scripts, <see cref="CoveredPages.For"/>).</summary>
[Collection(SiteCollection.Name)]
public sealed class LanguageSwitcherTests(SiteFixture site, ITestOutputHelper output)
{
    /// <summary>Links of the language navigation: the nav that holds links with hreflang (or lang) for the site's languages.</summary>
    private const string SwitcherLinks = """
        () => {
          const navs = [...document.querySelectorAll('nav')].filter(n => n.querySelector('a[hreflang], a[lang]'));
          if (navs.length !== 1) return { error: `${navs.length} <nav> elements with hreflang/lang links, expected 1` };
          return { label: navs[0].getAttribute('aria-label') || navs[0].getAttribute('aria-labelledby') || '',
                   links: [...navs[0].querySelectorAll('a')].map(a => ({
                     hreflang: a.getAttribute('hreflang') || '', lang: a.getAttribute('lang') || '',
                     href: a.getAttribute('href') || '', current: a.getAttribute('aria-current') || '', text: a.textContent.trim() })) };
        }
        """;

    [Theory]
    [MemberData(nameof(SiteFixture.DesktopWithAndWithoutScripts), MemberType = typeof(SiteFixture))]
    public async Task Every_switcher_link_reaches_the_same_page_in_the_other_language(string viewportName)
    {
        var viewport = SiteFixture.ViewportNamed(viewportName);
        var context = await site.ContextAsync(viewport);
        var failures = new Failures($"language switcher ({viewport.Name})");
        var followed = new ConcurrentBag<string>();
        var withStars = 0;
        var pages = CoveredPages.For(viewport, site.OutputDir);
        await Browsing.ForEachPageAsync(failures, pages, async (lang, page) =>
        {
            await using var opened = await Browsing.OpenAsync(context, page.Path(lang));
            if (await Browsing.ExpectScriptsAsInAsync(opened.Page, viewport)) Interlocked.Increment(ref withStars);
            var nav = await opened.Page.EvalAsync<Switcher>(SwitcherLinks);
            if (nav.Error is not null) throw new XunitException(nav.Error);
            if (string.IsNullOrWhiteSpace(nav.Label)) throw new XunitException("the language <nav> has no aria-label");
            var problems = new List<string>();
            foreach (var other in SiteFixture.Languages)
            {
                var link = nav.Links!.FirstOrDefault(l => (l.Hreflang.Length > 0 ? l.Hreflang : l.Lang) == other);
                if (link is null)
                {
                    problems.Add($"no switcher link for '{other}'");
                    continue;
                }

                if (link.Lang != other) problems.Add($"the '{other}' link's name '{link.Text}' is not marked lang=\"{other}\" (lang=\"{link.Lang}\")");
                if (other == lang)
                {
                    if (link.Current.Length == 0) problems.Add($"the link of the current language '{lang}' has no aria-current");
                    continue;
                }

                if (link.Current.Length > 0) problems.Add($"the '{other}' link has aria-current, but the page is '{lang}'");

                // Follow it as a reader does: click, wait for the new page, check it. The next link starts from the page
                // loaded again, not from history: a page Chromium restores from its back/forward cache fires no load
                // event, so waiting for one after GoBack timed out now and then (once in 82 links on CI).
                var target = opened.Page;
                if (new Uri(target.Url).AbsolutePath != page.Path(lang)) await target.GotoAsync(page.Path(lang));
                var response = await target.RunAndWaitForResponseAsync(
                    () => target.Locator($"nav a[hreflang=\"{other}\"], nav a[lang=\"{other}\"]").First.ClickAsync(),
                    r => r.Request.IsNavigationRequest && r.Frame == target.MainFrame && r.Status is < 300 or >= 400);
                await target.WaitForLoadStateAsync(LoadState.Load);
                var path = new Uri(target.Url).AbsolutePath;
                var htmlLang = await target.GetAttributeAsync("html", "lang");
                var expected = page.SwitcherTarget(other);
                if (response.Status != 200) problems.Add($"'{other}' link {link.Href} answered {response.Status}");
                if (htmlLang != other) problems.Add($"'{other}' link {link.Href} leads to a page with <html lang=\"{htmlLang}\">");
                if (path != expected) problems.Add($"'{other}' link {link.Href} leads to {path}, expected {expected}");
                followed.Add($"{page.Path(lang)} → {path}");
            }

            if (problems.Count > 0) throw new XunitException(string.Join("; ", problems));
        });
        Report.Line(output, $"language switcher ({viewport.Name}): {followed.Count} links followed from {pages.Count} pages");
        failures.ThrowIfAny();
        Assert.True(withStars > 0, "no checked page has items to star, so nothing showed whether its scripts ran");
    }

    private sealed record Switcher(string? Error, string? Label, IReadOnlyList<SwitcherLink>? Links);

    private sealed record SwitcherLink(string Hreflang, string Lang, string Href, string Current, string Text);
}
