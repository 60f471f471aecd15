using System.Text;
using Arshjul.Site.BrowserTests.Support;
using Arshjul.Site.Build;
using Microsoft.Playwright;

namespace Arshjul.Site.BrowserTests;

/// <summary>
/// The programme finder (issue 15, point 4; themes/default/static/js/programme.js) on a small site of its
/// own: filtering by room and by language, search by a speaker's name and "now" with a fixed clock
/// each work with the script, and each check fails on the same page with the script blocked (its
/// form shown and set by hand), so the checks prove the script does it. Without JavaScript every
/// item is listed.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class ProgrammeFinderTests(SiteFixture site) : IAsyncLifetime
{
    private const string Event = "/sv/events/konferens/";

    private readonly string _source = Path.Combine(Path.GetTempPath(), "arshjul-finder-" + Guid.NewGuid().ToString("N"));
    private StaticSiteServer _server = null!;
    private IBrowserContext _context = null!;

    public async Task InitializeAsync()
    {
        Write("site.yml", "title: Konferensen\nbaseUrl: https://example.org/\nlanguages: [sv, en]\ntimeZone: Europe/Stockholm\n");
        Write("content/speakers/anna-lind.md", "---\nname: Anna Lind\norganisation: Region Värmland\n---\nBio.\n");
        Write("content/speakers/erik-berg.md", "---\nname: Erik Berg\n---\nBio.\n");
        var schedule = new StringBuilder();
        string[] rooms = ["Sal A", "Sal B"];
        for (var i = 0; i < 8; i++)
        {
            schedule.Append(System.Globalization.CultureInfo.InvariantCulture,
                $"  - title: Pass {i + 1}\n    time: \"{9 + i / 2:00}:00\"\n    duration: 45m\n    room: {rooms[i % 2]}\n    speakers: [{(i == 5 ? "anna-lind" : "erik-berg")}]\n    summary: Om del {i + 1}.\n");
            if (i % 3 == 0) schedule.Append("    language: en\n");
        }

        Write("content/events/konferens/index.sv.md", $"---\ntitle: Konferensen\nstart: 2025-09-01T09:00\nend: 2025-09-01T13:00\nrooms: [Sal A, Sal B]\nschedule:\n{schedule}  - title: Lunch\n    time: \"13:00\"\n    duration: 1h\n    kind: lunch\n---\nVälkommen.\n");
        var result = SiteBuilder.Build(new BuildRequest { Source = _source, Output = Path.Combine(_source, "public"), Now = SiteFixture.Now });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        _server = await StaticSiteServer.StartAsync(Path.Combine(_source, "public"));
        _context = await NewContextAsync(javaScript: true);
    }

    public async Task DisposeAsync()
    {
        await _context.CloseAsync();
        await _server.DisposeAsync();
        Directory.Delete(_source, recursive: true);
    }

    [Fact]
    public async Task FilterByRoom_ShowsOnlyThatRoom_AndTheLunchThatSpansAllRooms()
    {
        var check = async (IPage page) =>
        {
            await page.SelectOptionAsync("#find-room", "Sal B");
            return await Visible(page) == "Pass 2|Pass 4|Pass 6|Pass 8|Lunch";
        };

        Assert.True(await WithScript(check), "the room filter did not leave only Sal B's items and the lunch");
        Assert.False(await WithoutScript(check), "the check passes without the script: it proves nothing");
    }

    [Fact]
    public async Task FilterByLanguage_ShowsOnlyItemsGivenInThatLanguage()
    {
        var check = async (IPage page) =>
        {
            await page.SelectOptionAsync("#find-language", "en");
            return await Visible(page) == "Pass 1|Pass 4|Pass 7";
        };

        Assert.True(await WithScript(check), "the language filter did not leave only the items given in English");
        Assert.False(await WithoutScript(check), "the check passes without the script: it proves nothing");
    }

    [Fact]
    public async Task SearchBySpeakerName_FindsTheirItem_WhateverTheCase()
    {
        var check = async (IPage page) =>
        {
            await page.FillAsync("#find-q", "anna LIND");
            var status = await page.Locator(".find-status").InnerTextAsync();
            return await Visible(page) == "Pass 6" && status == "1 av 9 programpunkter visas";
        };

        Assert.True(await WithScript(check), "searching a speaker's name did not leave only their item");
        Assert.False(await WithoutScript(check), "the check passes without the script: it proves nothing");
    }

    [Fact]
    public async Task Now_WithAFixedClock_MarksTheItemsOnNow_AndNamesWhatIsNext()
    {
        // 10:15 in Stockholm (UTC+2 in September): Pass 3 and Pass 4 run 10:00–10:45; Pass 5 and 6 start at 11:00.
        var check = async (IPage page) =>
        {
            var on = await page.EvaluateAsync<string>("() => [...document.querySelectorAll('.item.is-now .item-title')].map(t => t.firstElementChild.textContent.trim()).join('|')");
            var box = await page.Locator(".programme-now").InnerTextAsync();
            return on == "Pass 3|Pass 4" && box.Contains("Pågår nu: Pass 3, Pass 4", StringComparison.Ordinal) && box.Contains("Härnäst: Pass 5, Pass 6", StringComparison.Ordinal);
        };

        Assert.True(await WithScript(check, "?now=2025-09-01T08:15:00Z"), "'now' did not mark Pass 3 and 4 and name Pass 5 and 6 as next");
        Assert.False(await WithoutScript(check, "?now=2025-09-01T08:15:00Z"), "the check passes without the script: it proves nothing");
    }

    [Fact]
    public async Task WithoutJavaScript_EveryItemIsListed_AndNoDeadControlsShow()
    {
        await using var context = new AsyncContext(await NewContextAsync(javaScript: false));
        var page = await context.Value.NewPageAsync();
        await page.GotoAsync(Event);

        Assert.Equal("Pass 1|Pass 2|Pass 3|Pass 4|Pass 5|Pass 6|Pass 7|Pass 8|Lunch", await Visible(page));
        Assert.False(await page.Locator(".programme-find").IsVisibleAsync());
    }

    private async Task<bool> WithScript(Func<IPage, Task<bool>> check, string query = "")
    {
        var page = await _context.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, e) => errors.Add(e);
        try
        {
            await page.GotoAsync(Event + query);
            await page.WaitForSelectorAsync(".programme-find:not([hidden])");
            var result = await check(page);
            Assert.Empty(errors);
            return result;
        }
        finally
        {
            await page.CloseAsync();
        }
    }

    /// <summary>The same page with programme.js answered by an empty file; the form is shown by hand so the check can use it.</summary>
    private async Task<bool> WithoutScript(Func<IPage, Task<bool>> check, string query = "")
    {
        var page = await _context.NewPageAsync();
        try
        {
            await page.RouteAsync("**/js/programme.js", route => route.FulfillAsync(new RouteFulfillOptions { Status = 200, ContentType = "text/javascript", Body = "" }));
            await page.GotoAsync(Event + query);
            await page.EvaluateAsync("() => { document.querySelector('.programme-find').hidden = false; document.querySelector('.programme-now').hidden = false; }");
            return await check(page);
        }
        finally
        {
            await page.CloseAsync();
        }
    }

    /// <summary>The titles of the visible top-level entries, in page order.</summary>
    private static Task<string> Visible(IPage page) => page.EvaluateAsync<string>(
        "() => [...document.querySelectorAll('.slot-items > .item')].filter(i => i.checkVisibility()).map(i => i.querySelector('.item-title').firstElementChild.textContent.trim()).join('|')");

    private async Task<IBrowserContext> NewContextAsync(bool javaScript)
    {
        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = _server.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = SiteFixture.Desktop.Width, Height = SiteFixture.Desktop.Height },
            JavaScriptEnabled = javaScript,
            Locale = "sv-SE",
            TimezoneId = "America/New_York",
        });
        context.SetDefaultTimeout(15_000);
        return context;
    }

    private void Write(string path, string text)
    {
        var full = Path.Combine(_source, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    private sealed class AsyncContext(IBrowserContext value) : IAsyncDisposable
    {
        public IBrowserContext Value { get; } = value;

        public ValueTask DisposeAsync() => new(Value.CloseAsync());
    }
}
