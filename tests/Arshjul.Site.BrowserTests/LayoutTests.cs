using Arshjul.Site.BrowserTests.Support;
using Microsoft.Playwright;
using Xunit.Sdk;

namespace Arshjul.Site.BrowserTests;

/// <summary>No horizontal scrolling on a phone or a laptop; full-page screenshots of every covered page as artifacts.</summary>
[Collection(SiteCollection.Name)]
public sealed class LayoutTests(SiteFixture site, ITestOutputHelper output)
{
    private const string Overflow = """
        () => {
          const width = window.innerWidth;
          const scrollWidth = document.documentElement.scrollWidth;
          const culprits = scrollWidth <= width ? [] : [...document.querySelectorAll('body *')]
            .filter(e => { const r = e.getBoundingClientRect(); return r.right > width + 0.5 && r.width > 0; })
            .filter(e => ![...e.children].some(c => c.getBoundingClientRect().right > width + 0.5))
            .slice(0, 5)
            .map(e => `<${e.tagName.toLowerCase()}${e.className && typeof e.className === 'string' ? ' class="' + e.className + '"' : ''}> right=${Math.round(e.getBoundingClientRect().right)}: ${(e.textContent || '').trim().slice(0, 50)}`);
          return { width, scrollWidth, culprits };
        }
        """;

    private static readonly SemaphoreSlim ScreenshotTurn = new(1, 1);

    [Theory]
    [MemberData(nameof(SiteFixture.EveryViewport), MemberType = typeof(SiteFixture))]
    public async Task No_horizontal_overflow_and_a_screenshot_of_every_covered_page(string viewportName)
    {
        var viewport = SiteFixture.ViewportNamed(viewportName);
        var context = await site.ContextAsync(viewport);
        var failures = new Failures($"horizontal overflow at {viewport.Width}×{viewport.Height} ({viewport.Name})");
        var withStars = 0;
        var folder = RepoRoot.Combine("artifacts", "screenshots");
        Directory.CreateDirectory(folder);
        var shots = 0;
        await Browsing.ForEachPageAsync(failures, CoveredPages.For(viewport, site.OutputDir), async (lang, page) =>
        {
            await using var opened = await Browsing.OpenAsync(context, page.Path(lang));
            if (await Browsing.ExpectScriptsAsInAsync(opened.Page, viewport)) Interlocked.Increment(ref withStars);
            var file = Path.Combine(folder, $"{lang}-{page.Name}-{viewport.Width}{(viewport.JavaScript ? "" : "-nojs")}.png");
            // Full-page captures resize the view; two at once in one browser come out as the first
            // screen repeated, so they take turns (the rest of the check still runs side by side).
            await ScreenshotTurn.WaitAsync();
            try
            {
                await opened.Page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true, Animations = ScreenshotAnimations.Disabled });
            }
            finally
            {
                ScreenshotTurn.Release();
            }

            Interlocked.Increment(ref shots);
            var result = await opened.Page.EvalAsync<OverflowResult>(Overflow);
            if (result.ScrollWidth > result.Width)
            {
                throw new XunitException($"scrollWidth {result.ScrollWidth} > innerWidth {result.Width}; widest: " + string.Join("; ", result.Culprits) + $" (see {file})");
            }
        });
        Report.Line(output, $"layout {viewport.Name} {viewport.Width}×{viewport.Height}: {shots} pages, {shots - failures.Count} without horizontal overflow; screenshots in {folder}");
        failures.ThrowIfAny();
        Assert.True(withStars > 0, "no checked page has items to star, so nothing showed whether its scripts ran");
    }

    private sealed record OverflowResult(int Width, int ScrollWidth, IReadOnlyList<string> Culprits);
}
