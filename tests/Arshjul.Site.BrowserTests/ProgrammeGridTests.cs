using Arshjul.Site.BrowserTests.Support;
using Arshjul.Site.Build;
using Arshjul.Site.Tests.Support;
using Microsoft.Playwright;

namespace Arshjul.Site.BrowserTests;

/// <summary>
/// The room × time grid on screen (issue 15, point 3): at 1280 px each of Reglab 2018's rooms has a visible
/// header, in the declared order, and every lärpass sits under its room's header while lunch spans them all;
/// at 390 px the same list is a list. A 1,500-item, four-day congress in 90 rooms keeps the page from
/// scrolling sideways (the grid scrolls in its frame), shows its day navigation on a phone's first screen,
/// and passes axe (WCAG 2.2 AA) and vnu on its event and day pages. The grids, the day navigation and the event
/// pages' axe are checked with JavaScript off too.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class ProgrammeGridTests(SiteFixture site, ITestOutputHelper output)
{
    private const string Reglab = "/sv/events/2018-reglab-arskonferens/";

    private const string Geometry = """
        () => {
          const box = e => { const r = e.getBoundingClientRect(); return { left: r.left, right: r.right, width: r.width, top: r.top }; };
          const heads = [...document.querySelectorAll('.room-grid .lane-head')]
            .map(h => ({ name: h.textContent, visible: getComputedStyle(h.parentElement).display !== 'none' && h.getBoundingClientRect().width > 0, ...box(h) }));
          const items = [...document.querySelectorAll('.room-grid .slot-items > .item')]
            .map(i => ({ id: i.id, room: i.dataset.room || null, ...box(i) }));
          return { heads, items, pageWidth: document.documentElement.scrollWidth, viewport: document.documentElement.clientWidth };
        }
        """;

    /// <summary>With JavaScript on and off: the grid is CSS over the list, so it must not need the finder's script.</summary>
    [Theory]
    [MemberData(nameof(SiteFixture.DesktopWithAndWithoutScripts), MemberType = typeof(SiteFixture))]
    public async Task Reglab2018_At1280px_HasAVisibleHeaderPerRoom_AndEveryLarpassUnderIt(string viewportName)
    {
        var viewport = SiteFixture.ViewportNamed(viewportName);
        var (opened, grid) = await OpenReglabAsync(viewport);
        await using var _ = opened;

        Assert.Equal(["Sal A", "Sal B", "Sal C", "Sal D"], grid.Heads.Select(h => h.Name));
        Assert.All(grid.Heads, h => Assert.True(h.Visible && h.Width >= 150 && h.Right <= grid.Viewport, $"the header of {h.Name} is not fully visible: {h}"));
        var roomed = grid.Items.Where(i => i.Room is not null).ToList();
        Assert.Equal(14, roomed.Count);
        foreach (var item in roomed)
        {
            var head = grid.Heads.Single(h => h.Name == item.Room);
            Assert.True(Math.Abs(item.Left - head.Left) < 1 && Math.Abs(item.Right - head.Right) < 1,
                $"{item.Id} ({item.Room}) spans {item.Left:0}–{item.Right:0} px, its room's column {head.Left:0}–{head.Right:0} px");
        }

        var lunch = grid.Items.Single(i => i.Id == "lunch");
        Assert.True(Math.Abs(lunch.Left - grid.Heads[0].Left) < 1 && Math.Abs(lunch.Right - grid.Heads[^1].Right) < 1,
            $"lunch spans {lunch.Left:0}–{lunch.Right:0} px, the rooms {grid.Heads[0].Left:0}–{grid.Heads[^1].Right:0} px");
        Assert.True(grid.PageWidth <= grid.Viewport, $"the page scrolls sideways: {grid.PageWidth} px in {grid.Viewport} px");

        var axe = await site.AxeAsync(opened.Page, viewport, [.. Axe.Wcag21, "wcag22aa"]);
        Assert.True(axe.Violations.Count == 0, axe.Describe(axe.Violations));
    }

    [Theory]
    [MemberData(nameof(SiteFixture.MobileWithAndWithoutScripts), MemberType = typeof(SiteFixture))]
    public async Task Reglab2018_At390px_IsAListWithoutRoomHeaders(string viewportName)
    {
        var viewport = SiteFixture.ViewportNamed(viewportName);
        var (opened, grid) = await OpenReglabAsync(viewport);
        await using var _ = opened;

        Assert.Equal(4, grid.Heads.Count);
        Assert.All(grid.Heads, h => Assert.False(h.Visible, $"the header of {h.Name} shows on a phone"));
        // One entry per row: every entry of a round starts at the same left edge, under the one before.
        foreach (var round in grid.Items.Where(i => i.Room is not null).GroupBy(i => Math.Round(i.Left)))
        {
            Assert.Equal(Math.Round(grid.Items.First(i => i.Room is not null).Left), round.Key);
        }

        Assert.True(grid.PageWidth <= grid.Viewport, $"the page scrolls sideways: {grid.PageWidth} px in {grid.Viewport} px");
    }

    [Fact]
    public async Task A1500ItemCongressIn90Rooms_ScrollsItsGridNotThePage_AndPassesAxeAndVnu()
    {
        using var congress = new TestSite(CongressSite.SiteYml);
        CongressSite.WriteTo(congress.Root);
        var outputDir = Path.Combine(congress.Root, "public");
        var result = SiteBuilder.Build(new BuildRequest { Source = congress.Root, Output = outputDir, Now = SiteFixture.Now });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Take(20)));
        await using var server = await StaticSiteServer.StartAsync(outputDir);

        await using var wide = new Closing(await site.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = server.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
        }));
        var day = await wide.Value.NewPageAsync();
        await day.GotoAsync("/sv/events/kongress/2025-09-01/");
        var grid = await day.EvalAsync<GridGeometry>(Geometry);
        var frame = await day.EvalAsync<double[]>("() => { const f = document.querySelector('.room-grid-frame'); return [f.scrollWidth, f.clientWidth]; }");
        Report.Line(output, $"congress day 1 at 1280 px: {grid.Heads.Count} room columns, grid {frame[0]:0} px wide in a {frame[1]:0} px frame, page {grid.PageWidth} px");
        Assert.Equal(90, grid.Heads.Count);
        Assert.True(grid.PageWidth <= grid.Viewport, $"the page scrolls sideways: {grid.PageWidth} px in {grid.Viewport} px");
        Assert.True(frame[0] > frame[1], "the 90-room grid does not scroll inside its frame");
        foreach (var item in grid.Items.Where(i => i.Room is not null).Take(200))
        {
            var head = grid.Heads.Single(h => h.Name == item.Room);
            Assert.True(Math.Abs(item.Left - head.Left) < 1, $"{item.Id} ({item.Room}) starts at {item.Left:0} px, its room's column at {head.Left:0} px");
        }

        var axeDay = await Axe.RunAsync(day, [.. Axe.Wcag21, "wcag22aa"]);
        Assert.True(axeDay.Violations.Count == 0, "day page: " + axeDay.Describe(axeDay.Violations));

        // The same day without JavaScript: the grid is CSS and needs no script. (axe on this 90-room page takes long;
        // the JavaScript-off DOM of a grid is checked by axe on Reglab 2018, and the event pages below.)
        await using var wideScriptless = new Closing(await site.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = server.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
            JavaScriptEnabled = false,
        }));
        var dayScriptless = await wideScriptless.Value.NewPageAsync();
        await dayScriptless.GotoAsync("/sv/events/kongress/2025-09-01/");
        var gridScriptless = await dayScriptless.EvalAsync<GridGeometry>(Geometry);
        Assert.Equal(90, gridScriptless.Heads.Count);
        Assert.True(gridScriptless.PageWidth <= gridScriptless.Viewport, $"without JavaScript the page scrolls sideways: {gridScriptless.PageWidth} px in {gridScriptless.Viewport} px");

        await using var phone = new Closing(await site.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = server.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
        }));
        await using var phoneScriptless = new Closing(await site.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = server.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
            JavaScriptEnabled = false,
        }));
        foreach (var (lang, javaScript) in new[] { ("sv", true), ("en", true), ("sv", false), ("en", false) })
        {
            var mode = javaScript ? "" : " without JavaScript";
            var eventPage = await (javaScript ? phone : phoneScriptless).Value.NewPageAsync();
            await eventPage.GotoAsync($"/{lang}/events/kongress/");
            var navBottom = await eventPage.EvaluateAsync<double>("() => document.querySelector('.day-nav').getBoundingClientRect().bottom");
            Report.Line(output, $"congress event page [{lang}] at 390 px{mode}: the day navigation ends at {navBottom:0} px");
            Assert.True(navBottom <= 844, $"[{lang}]{mode} the day navigation ends at {navBottom:0} px, below the first screen (844 px)");
            var axeEvent = javaScript
                ? await Axe.RunAsync(eventPage, [.. Axe.Wcag21, "wcag22aa"])
                : await Axe.RunOnScriptlessCopyAsync(eventPage, phone.Value, [.. Axe.Wcag21, "wcag22aa"]);
            Assert.True(axeEvent.Violations.Count == 0, $"[{lang}]{mode} event page: " + axeEvent.Describe(axeEvent.Violations));
        }

        // vnu over the event page and its four day pages in both languages (one JVM; item pages are the example site's kind).
        var checkedDir = Path.Combine(congress.Root, "vnu");
        foreach (var page in Directory.EnumerateFiles(outputDir, "index.html", SearchOption.AllDirectories)
                     .Where(p => Path.GetRelativePath(outputDir, p).Split(Path.DirectorySeparatorChar) is [_, "events", "kongress", .. var rest]
                         && (rest is ["index.html"] || (rest is [var folder, "index.html"] && DateOnly.TryParseExact(folder, "yyyy-MM-dd", out _)))))
        {
            var target = Path.Combine(checkedDir, Path.GetRelativePath(outputDir, page));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(page, target);
        }

        var (files, errors) = await VnuTests.RunVnuAsync(checkedDir);
        Report.Line(output, $"vnu: {files} congress pages, {errors.Count} errors");
        Assert.Equal(10, files);
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(30)));
    }

    /// <summary>Reglab 2018's event page in <paramref name="viewport"/>, with proof of the mode, and where its grid lies.</summary>
    private async Task<(OpenedPage Opened, GridGeometry Grid)> OpenReglabAsync(Viewport viewport)
    {
        var opened = await Browsing.OpenAsync(await site.ContextAsync(viewport), Reglab);
        try
        {
            Assert.True(await Browsing.ExpectScriptsAsInAsync(opened.Page, viewport), "Reglab 2018 has no items to star");
            return (opened, await opened.Page.EvalAsync<GridGeometry>(Geometry));
        }
        catch
        {
            await opened.DisposeAsync();
            throw;
        }
    }

    private sealed record GridGeometry(IReadOnlyList<Head> Heads, IReadOnlyList<Entry> Items, int PageWidth, int Viewport);

    private sealed record Head(string Name, bool Visible, double Left, double Right, double Width, double Top);

    private sealed record Entry(string Id, string? Room, double Left, double Right, double Width, double Top);

    private sealed class Closing(IBrowserContext value) : IAsyncDisposable
    {
        public IBrowserContext Value { get; } = value;

        public ValueTask DisposeAsync() => new(Value.CloseAsync());
    }
}
