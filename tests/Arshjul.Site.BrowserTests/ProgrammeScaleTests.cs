using System.Globalization;
using System.Text;
using Arshjul.Site.BrowserTests.Support;
using Arshjul.Site.Build;
using Microsoft.Playwright;

namespace Arshjul.Site.BrowserTests;

/// <summary>
/// Budgets of issue 15: Reglab 2018's programme ends within four phone screens at 390 px (it was 11),
/// screenshots at 390/768/1280 in artifacts/programme/, and filtering a 1,500-item programme in
/// Chromium, with the time it takes reported and a generous functional bound (not a timing race).
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class ProgrammeScaleTests(SiteFixture site, ITestOutputHelper output)
{
    private const string Reglab = "/sv/events/2018-reglab-arskonferens/";

    /// <summary>With JavaScript on and off: without it there are no filter controls above the list, and no stars.</summary>
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Reglab2018_At390px_EndsItsProgrammeWithinFourScreens_AndIsScreenshotAtThreeWidths(bool javaScript)
    {
        var folder = RepoRoot.Combine("artifacts", "programme");
        Directory.CreateDirectory(folder);
        foreach (var width in new[] { 390, 768, 1280 })
        {
            await using var context = new Closing(await site.Browser.NewContextAsync(new BrowserNewContextOptions
            {
                BaseURL = site.Server.BaseAddress.ToString(),
                ViewportSize = new ViewportSize { Width = width, Height = 844 },
                JavaScriptEnabled = javaScript,
            }));
            var page = await context.Value.NewPageAsync();
            await page.GotoAsync(Reglab);
            var bottom = await page.EvaluateAsync<double>("() => { const p = document.querySelector('.programme'); return p.getBoundingClientRect().bottom + window.scrollY; }");
            var mode = javaScript ? "" : "-nojs";
            Report.Line(output, $"Reglab 2018 at {width} px{(javaScript ? "" : " without JavaScript")}: the programme ends at {bottom:0} px ({bottom / 844:0.0} screens of 844 px)");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, $"reglab-2018-{width}{mode}.png"), FullPage = true });
            if (width == 390) Assert.True(bottom < 4 * 844, $"at 390 px the programme ends at {bottom:0} px, over four screens ({4 * 844} px)");
        }
    }

    [Fact]
    public async Task Filtering1500Items_HidesAndShowsThemAll_AndIsTimed()
    {
        var source = Path.Combine(Path.GetTempPath(), "arshjul-scale-" + Guid.NewGuid().ToString("N"));
        try
        {
            // One day of 1,500 items in 50 rooms (one day is never split into day pages, so all are on one page).
            var yaml = new StringBuilder("---\ntitle: Stora dagen\nstart: 2025-09-01T08:00\nend: 2025-09-01T23:00\nschedule:\n");
            for (var i = 0; i < 1_500; i++)
            {
                var slot = i / 50;
                yaml.Append(CultureInfo.InvariantCulture, $"  - title: Pass {i + 1}\n    time: \"{8 + slot / 2:00}:{slot % 2 * 30:00}\"\n    duration: 30m\n    room: Rum {1 + i % 50}\n    summary: Om ämne {i % 12}.\n");
            }

            Directory.CreateDirectory(Path.Combine(source, "content/events/dagen"));
            File.WriteAllText(Path.Combine(source, "site.yml"), "title: Dagen\nbaseUrl: https://example.org/\nlanguages: [sv]\ntimeZone: Europe/Stockholm\n");
            File.WriteAllText(Path.Combine(source, "content/events/dagen/index.sv.md"), yaml.Append("---\n").ToString());
            var result = SiteBuilder.Build(new BuildRequest { Source = source, Output = Path.Combine(source, "public"), Now = SiteFixture.Now });
            Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
            await using var server = await StaticSiteServer.StartAsync(Path.Combine(source, "public"));
            await using var context = new Closing(await site.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = server.BaseAddress.ToString() }));
            var page = await context.Value.NewPageAsync();
            await page.GotoAsync("/sv/events/dagen/");
            await page.WaitForSelectorAsync(".programme-find:not([hidden])");

            // Each step: set the filter, let the script run on the input event, count what shows.
            var timing = await page.EvaluateAsync<double[]>("""
                () => {
                  const select = document.querySelector('#find-room');
                  const shown = () => document.querySelector('.programme').getAttribute('data-shown');
                  const times = [];
                  for (const value of ['Rum 7', '', 'Rum 42', '']) {
                    const start = performance.now();
                    select.value = value;
                    select.dispatchEvent(new Event('change', { bubbles: true }));
                    times.push(performance.now() - start, Number(shown()));
                  }
                  return times;
                }
                """);
            Report.Line(output, $"filtering 1,500 items: {timing[0]:0.0} ms, {timing[2]:0.0} ms, {timing[4]:0.0} ms, {timing[6]:0.0} ms (budget 100 ms)");
            Assert.Equal([30, 1500, 30, 1500], new[] { timing[1], timing[3], timing[5], timing[7] });
            // Generous, so a loaded 2-core machine does not fail it; the report above shows the real time.
            Assert.True(timing.Where((_, i) => i % 2 == 0).Max() < 1_000, "filtering 1,500 items took over a second");
        }
        finally
        {
            Directory.Delete(source, recursive: true);
        }
    }

    private sealed class Closing(IBrowserContext value) : IAsyncDisposable
    {
        public IBrowserContext Value { get; } = value;

        public ValueTask DisposeAsync() => new(Value.CloseAsync());
    }
}
