using System.Collections.Concurrent;
using System.Diagnostics;
using Arshjul.Site.BrowserTests.Support;

namespace Arshjul.Site.BrowserTests;

/// <summary>
/// axe-core (WCAG 2.0/2.1 A and AA) on every covered page in every language, at both widths, with JavaScript on, and
/// with it off on those that run scripts (<see cref="CoveredPages.For"/>).
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class AxeTests(SiteFixture site, ITestOutputHelper output)
{
    /// <summary>At both widths: the narrow layout (reflow, target sizes, contrast of what moves) is a different page to axe.</summary>
    [Theory]
    [MemberData(nameof(SiteFixture.EveryViewport), MemberType = typeof(SiteFixture))]
    public async Task Every_covered_page_has_no_axe_violations(string viewportName)
    {
        Tools.RequireAxe();
        var viewport = SiteFixture.ViewportNamed(viewportName);
        var context = await site.ContextAsync(viewport);
        var failures = new Failures($"axe-core (wcag2a, wcag2aa, wcag21a, wcag21aa) at {viewport.Width}×{viewport.Height} ({viewport.Name})");
        var pages = CoveredPages.For(viewport, site.OutputDir);
        var withStars = 0;
        var lines = new ConcurrentDictionary<string, string>();
        var clock = Stopwatch.StartNew();
        var violations = 0;
        await Browsing.ForEachPageAsync(failures, pages, async (lang, page) =>
        {
            await using var opened = await Browsing.OpenAsync(context, page.Path(lang));
            if (await Browsing.ExpectScriptsAsInAsync(opened.Page, viewport)) Interlocked.Increment(ref withStars);
            var result = await site.AxeAsync(opened.Page, viewport);
            Interlocked.Add(ref violations, result.Violations.Sum(v => v.Nodes.Count));
            lines[$"{lang}-{page.Name}"] =
                $"axe {viewport.Width} {lang}-{page.Name} {page.Path(lang)}: {result.RulesRun} rules, {result.CheckedNodes} node checks; " +
                $"{result.Passes} passed, {result.Violations.Count} violated, {result.Incomplete.Count} to review" +
                (result.Incomplete.Count > 0 ? $" ({string.Join(", ", result.Incomplete.Select(r => r.Id))})" : "");
            if (result.Incomplete.Count > 0) output.WriteLine($"axe {lang}-{page.Name}: to review by hand:\n  " + result.Describe(result.Incomplete).Replace("\n", "\n  ", StringComparison.Ordinal));
            if (result.Violations.Count > 0) failures.Add($"{page.Path(lang)} [{lang}-{page.Name}]", result.Describe(result.Violations));
        });

        foreach (var line in lines.OrderBy(l => l.Key, StringComparer.Ordinal)) Report.Line(output, line.Value);
        Report.Line(output, $"axe: {lines.Count} pages checked, {violations} violations ({viewport.Name} {viewport.Width}×{viewport.Height}, {clock.Elapsed.TotalSeconds:0.0} s)");
        failures.ThrowIfAny();
        Assert.True(withStars > 0, "no checked page has items to star, so nothing showed whether its scripts ran");
    }

    /// <summary>The gate can fail: the same check on a copy of a built page with an image without alt reports it.</summary>
    [Fact]
    public async Task Axe_reports_an_image_without_alt_on_a_mutated_copy()
    {
        Tools.RequireAxe();
        using var copy = new MutatedCopy(site.OutputDir)
            .Replace("sv/index.html", "<main([^>]*)>", "<main$1><img src=\"/missing-alt.png\" width=\"10\" height=\"10\">");
        await using var server = await StaticSiteServer.StartAsync(copy.Root);
        var context = await site.Browser.NewContextAsync(new() { BaseURL = server.BaseAddress.ToString() });
        try
        {
            var page = await context.NewPageAsync();
            await page.GotoAsync("/sv/");
            var result = await Axe.RunAsync(page);
            Report.Line(output, "axe on the mutated copy: " + string.Join(", ", result.Violations.Select(v => v.Id)));
            Assert.Contains(result.Violations, v => v.Id == "image-alt");
        }
        finally
        {
            await context.CloseAsync();
        }
    }
}
