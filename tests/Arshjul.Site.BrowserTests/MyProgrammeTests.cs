using System.Text;
using System.Text.Json;
using Arshjul.Site.BrowserTests.Support;
using Microsoft.Playwright;
using Xunit.Sdk;

namespace Arshjul.Site.BrowserTests;

/// <summary>
/// Stars and "my programme" (issue 16, points 1 and 2; themes/default/static/js/stars.js) on the example site: four
/// Reglab lärpass starred from the event, item and speaker pages, their clash on /sv/my/, the calendar file built in
/// the browser checked with ical.js against the static files, the share link in a fresh browser, and that nothing
/// leaves the site. Every test opens its own browser context, so its stars (localStorage) are its own.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class MyProgrammeTests(SiteFixture site, ITestOutputHelper output)
{
    private const string Event = "2018-reglab-arskonferens";
    private const string EventPage = "/sv/events/" + Event + "/";

    // Two in the 09:00 round (Sal A and Sal B: a clash), one at 10:00 and one at 11:00, each 45 minutes.
    private const string Tillbaka = "tillbaka-till-framtiden";
    private const string Nordic = "state-of-the-nordic-region-2018";
    private const string Matlada = "fran-kommunal-matlada-till-framtidens-vag";
    private const string Jamstalld = "jamstalld-tillvaxt";

    private static string Uid(string id) => $"{Event}/{id}@example.org";

    /// <summary>The list /sv/my/ shows: each entry's UID, in page order, and its clash lines.</summary>
    private const string Listed = """
        () => [...document.querySelectorAll('.my-mine .my-item')].filter(i => i.checkVisibility()).map(i => ({
          uid: i.getAttribute('data-star-uid'),
          day: i.closest('.my-day').querySelector('h3').textContent,
          clashes: [...i.querySelectorAll('.my-clash')].map(c => c.textContent),
        }))
        """;

    [Fact]
    public async Task Four_starred_lärpass_show_their_clash_download_as_one_calendar_and_travel_by_link()
    {
        Tools.RequireIcalCheck();
        await using var browsing = await Fresh();
        var context = browsing.Context;

        // Starred where a reader meets them: two in the programme, one on its own page, one on its speaker's page.
        var programme = await Browsing.OpenAsync(context, EventPage);
        await Press(programme.Page, $"#{Tillbaka} > button.star");
        await Press(programme.Page, $"#{Jamstalld} > button.star");
        await ExpectStatus(programme.Page, ".star-status", "Jämställd tillväxt? finns nu i ditt program.");
        await programme.DisposeAsync();
        var item = await Browsing.OpenAsync(context, EventPage + Matlada + "/");
        await Press(item.Page, ".item-page .page-header > button.star");
        await item.DisposeAsync();
        var speaker = await Browsing.OpenAsync(context, "/sv/speakers/kjell-nilsson/");
        await Press(speaker.Page, $".appearance[data-star-uid=\"{Uid(Nordic)}\"] > button.star");
        await speaker.DisposeAsync();

        await using var my = await Browsing.OpenAsync(context, "/sv/my/");
        var page = my.Page;
        await page.WaitForSelectorAsync(".my-mine .my-item");
        var listed = await page.EvalAsync<List<ListedItem>>(Listed);
        output.WriteLine("my programme: " + string.Join("; ", listed.Select(l => $"{l.Uid} [{string.Join(" | ", l.Clashes)}]")));

        // By time (09:00 ties by title: "State…" before "Tillbaka…"), all under the one programme day.
        Assert.Equal([Uid(Nordic), Uid(Tillbaka), Uid(Matlada), Uid(Jamstalld)], listed.Select(l => l.Uid));
        Assert.All(listed, l => Assert.Equal("torsdag 15 mars 2018", l.Day));
        // The clash in words on both items of the 09:00 round, naming the other; none on the others. A rule that
        // missed the overlap, or called 09:45 → 10:00 with a 15-minute gap a clash, fails here.
        Assert.Equal(["Krock: pågår samtidigt som Tillbaka till framtiden"], listed[0].Clashes);
        Assert.Equal(["Krock: pågår samtidigt som State of the Nordic Region 2018"], listed[1].Clashes);
        Assert.Empty(listed[2].Clashes);
        Assert.Empty(listed[3].Clashes);
        Assert.Equal("Krockar i ditt urval: 1", await page.Locator(".my-summary").InnerTextAsync());
        Assert.False(await page.Locator(".my-needs-script").IsVisibleAsync());

        // The download: one VCALENDAR of exactly these four VEVENTs, as the static files have them.
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync(".my-download"));
        Assert.Null(await download.FailureAsync());
        Assert.Equal("mitt-program.ics", download.SuggestedFilename);
        var folder = Directory.CreateTempSubdirectory("arshjul-my-").FullName;
        try
        {
            var mine = Path.Combine(folder, "mine.ics");
            await download.SaveAsAsync(mine);
            await ExpectStatus(page, ".my-status", "Kalenderfilen är klar. Öppna den med din kalender.");
            var text = File.ReadAllText(mine, Encoding.UTF8);
            Assert.StartsWith("BEGIN:VCALENDAR\r\nCALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\nPRODID:-//Arshjul//Arshjul 1.0//SV\r\nVERSION:2.0\r\n", text, StringComparison.Ordinal);
            Assert.Equal(1, Count(text, "BEGIN:VCALENDAR"));
            Assert.Equal(1, Count(text, "BEGIN:VTIMEZONE"));
            Assert.Equal(4, Count(text, "BEGIN:VEVENT"));

            string[] ids = [Nordic, Tillbaka, Matlada, Jamstalld];
            var statics = ids.Select(id => Path.Combine(site.OutputDir, "sv", "events", Event, id, id + ".ics")).ToList();
            var checkedFiles = await IcalCheck([mine, .. statics]);
            Assert.True(checkedFiles[0].Errors.Count == 0, "ical-check on the downloaded file: " + string.Join("; ", checkedFiles[0].Errors));
            var expected = checkedFiles.Skip(1).SelectMany(f => f.Events).OrderBy(e => e.Uid, StringComparer.Ordinal).ToList();
            var got = checkedFiles[0].Events.OrderBy(e => e.Uid, StringComparer.Ordinal).ToList();
            Assert.Equal(ids.Select(Uid).Order(StringComparer.Ordinal), expected.Select(e => e.Uid));
            Assert.Equal(expected, got);
            Assert.All(got, e => Assert.EndsWith("Z", e.Start, StringComparison.Ordinal));
            Assert.Equal("2018-03-15T08:00:00Z", got.Single(e => e.Uid == Uid(Tillbaka)).Start);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }

        // The share link opens in another browser as someone's selection; adding it makes it that reader's own.
        var share = await page.InputValueAsync(".my-share-url");
        Assert.Matches("#s=2018-reglab-arskonferens/[a-z0-9.-]+$", share);
        await using var other = await Fresh();
        await using var opened = await Browsing.OpenAsync(other.Context, new Uri(share).PathAndQuery + new Uri(share).Fragment);
        await opened.Page.WaitForSelectorAsync(".my-shared:not([hidden]) .my-item");
        Assert.True(await opened.Page.Locator(".my-empty").IsVisibleAsync(), "the fresh browser has stars of its own before adding");
        Assert.Equal(4, await opened.Page.Locator(".my-shared .my-item").CountAsync());
        await opened.Page.ClickAsync(".my-shared-add");
        await opened.Page.ReloadAsync();
        await opened.Page.WaitForSelectorAsync(".my-mine .my-item");
        Assert.Equal(listed.Select(l => l.Uid), (await opened.Page.EvalAsync<List<ListedItem>>(Listed)).Select(l => l.Uid));
        Assert.True(await opened.Page.Locator(".my-shared").IsHiddenAsync(), "the shared selection is still offered after it was added");

        Assert.Empty(browsing.Offsite);
        Assert.Empty(other.Offsite);
        Assert.Empty(my.LoadProblems);
        Assert.Empty(opened.LoadProblems);
        Assert.Contains(browsing.Requests, r => r.EndsWith("/" + Jamstalld + ".ics", StringComparison.Ordinal));
    }

    /// <summary>
    /// The room-change rule, on a copy of the site where "Tillbaka till framtiden" ends at 10:00 sharp: with
    /// "Från kommunal matlåda" starting then in Sal B it is a clash in words; moved into the same room it is not.
    /// A rule that ignored rooms, or that only looked at overlaps, fails one of the two.
    /// </summary>
    [Fact]
    public async Task A_room_change_with_no_gap_is_a_clash_and_no_gap_in_the_same_room_is_not()
    {
        const string End = "data-star-end=\"2018-03-15T09:45:00\\+01:00\" data-star-room=\"Sal A\"";
        const string Ends10 = "data-star-end=\"2018-03-15T10:00:00+01:00\" data-star-room=\"Sal A\"";
        using var changeRoom = new MutatedCopy(site.OutputDir).Replace("sv/my/index.html", $"(data-star-uid=\"{Uid(Tillbaka)}\"[^>]*){End}", "$1" + Ends10);
        Assert.Equal(
            ["Krock: ingen tid att byta lokal: Från kommunal matlåda till framtidens väg i Sal B", "Krock: ingen tid att byta lokal: Tillbaka till framtiden i Sal A"],
            await ClashesOn(changeRoom.Root, Tillbaka, Matlada));

        using var sameRoom = new MutatedCopy(site.OutputDir)
            .Replace("sv/my/index.html", $"(data-star-uid=\"{Uid(Tillbaka)}\"[^>]*){End}", "$1" + Ends10.Replace("Sal A", "Sal B", StringComparison.Ordinal));
        Assert.Empty(await ClashesOn(sameRoom.Root, Tillbaka, Matlada));
    }

    /// <summary>
    /// A cancelled item takes no time: on a copy of the site where "Tillbaka till framtiden" is cancelled, starring it
    /// with "State of the Nordic Region 2018" (the same 09:00 round, Sal A and Sal B) is no clash, while it stays in the
    /// list with its badge. The same pair on the site as built is a clash, so a rule that counted cancelled items fails.
    /// </summary>
    [Fact]
    public async Task A_cancelled_item_does_not_clash_with_one_at_the_same_time()
    {
        Assert.Equal(
            ["Krock: pågår samtidigt som Tillbaka till framtiden", "Krock: pågår samtidigt som State of the Nordic Region 2018"],
            await ClashesOn(site.OutputDir, Nordic, Tillbaka));

        using var cancelled = new MutatedCopy(site.OutputDir)
            .Replace("sv/my/index.html", $"(<li data-star-uid=\"{Uid(Tillbaka)}\"[^>]*)>", "$1 data-status=\"cancelled\" data-status-label=\"Inställt\">");
        var badges = new List<string>();
        Assert.Empty(await ClashesOn(cancelled.Root, Nordic, Tillbaka, badges));
        Assert.Equal(["cancelled: Inställt"], badges);
    }

    /// <summary>
    /// Every element the templates marked gets one real toggle button: aria-pressed, a name with the item's title, at
    /// least 24×24 px, a visible focus; and every marked item's .ics holds the UID the page gives it.
    /// </summary>
    [Fact]
    public async Task Star_buttons_are_named_toggles_of_target_size_and_their_data_matches_the_calendar_files()
    {
        await using var browsing = await Fresh();
        var failures = new Failures("star buttons");
        string[] paths = [EventPage, EventPage + Tillbaka + "/", "/sv/speakers/kjell-nilsson/", "/en/events/2017-verksted-regional-utvikling/"];
        foreach (var path in paths)
        {
            await failures.Guard(path, async () =>
            {
                await using var opened = await Browsing.OpenAsync(browsing.Context, path);
                var p = opened.Page;
                var marked = await p.Locator("[data-star-uid]").CountAsync();
                var stars = await p.EvalAsync<List<Star>>("""
                    () => [...document.querySelectorAll('button.star')].map(b => {
                      const r = b.getBoundingClientRect(); const holder = b.closest('[data-star-uid]');
                      return { pressed: b.getAttribute('aria-pressed'), name: b.textContent.replace(/\s+/g, ' ').trim(), type: b.type,
                               title: holder.getAttribute('data-star-title'), uid: holder.getAttribute('data-star-uid'),
                               ics: new URL(holder.getAttribute('data-star-ics'), location.href).pathname, width: r.width, height: r.height };
                    })
                    """);
                if (marked == 0 || stars.Count != marked) throw new XunitException($"{stars.Count} star buttons for {marked} marked items");
                foreach (var star in stars)
                {
                    if (star.Pressed != "false" || star.Type != "button") throw new XunitException($"'{star.Title}': aria-pressed={star.Pressed}, type={star.Type}");
                    if (!star.Name.EndsWith(" " + star.Title, StringComparison.Ordinal)) throw new XunitException($"the button's name '{star.Name}' does not name '{star.Title}'");
                    if (star.Width < 24 || star.Height < 24) throw new XunitException($"'{star.Title}': {star.Width}×{star.Height} px, less than 24×24");
                    var calendar = await browsing.Context.APIRequest.GetAsync(star.Ics);
                    var body = (await calendar.TextAsync()).Replace("\r\n ", "", StringComparison.Ordinal);
                    if (calendar.Status != 200 || !body.Contains("\r\nUID:" + star.Uid + "\r\n", StringComparison.Ordinal)) throw new XunitException($"{star.Ics} ({calendar.Status}) has no UID:{star.Uid}");
                }

                // Keyboard: Tab onto the first star shows a focus indicator, Space presses it.
                var first = p.Locator("button.star").First;
                await first.FocusAsync();
                await p.Keyboard.PressAsync("Shift+Tab");
                await p.Keyboard.PressAsync("Tab");
                var outline = await first.EvaluateAsync<string>("b => document.activeElement === b ? getComputedStyle(b).outlineStyle + ' ' + getComputedStyle(b).outlineWidth : 'not focused'");
                if (!outline.StartsWith("solid", StringComparison.Ordinal)) throw new XunitException($"the focused star shows '{outline}', no outline");
                await p.Keyboard.PressAsync("Space");
                if (await first.GetAttributeAsync("aria-pressed") != "true") throw new XunitException("Space on a star did not press it");
                await p.Keyboard.PressAsync("Space");
                output.WriteLine($"{path}: {stars.Count} star buttons");
            });
        }

        failures.ThrowIfAny();
    }

    /// <summary>Stars set in one language are the same items in the others (UIDs do not depend on the language).</summary>
    [Fact]
    public async Task A_star_set_in_Swedish_shows_on_the_English_and_Norwegian_pages()
    {
        await using var browsing = await Fresh();
        await using (var sv = await Browsing.OpenAsync(browsing.Context, EventPage)) await Press(sv.Page, $"#{Matlada} > button.star");
        foreach (var lang in new[] { "en", "nb" })
        {
            await using var opened = await Browsing.OpenAsync(browsing.Context, $"/{lang}/events/{Event}/");
            Assert.Equal("true", await opened.Page.Locator($"#{Matlada} > button.star").GetAttributeAsync("aria-pressed"));
            Assert.Equal("false", await opened.Page.Locator($"#{Tillbaka} > button.star").GetAttributeAsync("aria-pressed"));
            await using var my = await Browsing.OpenAsync(browsing.Context, $"/{lang}/my/");
            await my.Page.WaitForSelectorAsync(".my-mine .my-item");
            Assert.Equal([Uid(Matlada)], (await my.Page.EvalAsync<List<ListedItem>>(Listed)).Select(l => l.Uid));
        }
    }

    /// <summary>axe (WCAG 2.0–2.2 A and AA, target size included) and vnu on the pages as the script leaves them.</summary>
    [Fact]
    public async Task My_page_and_a_page_with_stars_pass_axe_and_vnu_after_the_script_ran()
    {
        await using var browsing = await Fresh();
        var folder = Directory.CreateTempSubdirectory("arshjul-my-dom-").FullName;
        var failures = new Failures("axe and vnu after stars.js");
        try
        {
            await using (var programme = await Browsing.OpenAsync(browsing.Context, EventPage))
            {
                await Press(programme.Page, $"#{Tillbaka} > button.star");
                await Press(programme.Page, $"#{Nordic} > button.star");
                await Check(programme.Page, "event");
            }

            var share = $"/sv/my/#s={Event}/{Matlada}.{Jamstalld}";
            await using (var my = await Browsing.OpenAsync(browsing.Context, share))
            {
                await my.Page.WaitForSelectorAsync(".my-shared:not([hidden]) .my-item");
                await Check(my.Page, "my");
            }

            var (files, errors) = await VnuTests.RunVnuAsync(folder);
            Assert.Equal(2, files);
            foreach (var error in errors) failures.Add("vnu", error);
            failures.ThrowIfAny();
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }

        async Task Check(IPage page, string name)
        {
            // The DOM first: axe adds its own script to the page.
            await File.WriteAllTextAsync(Path.Combine(folder, name + ".html"), await page.ContentAsync());
            var result = await Axe.RunAsync(page, [.. Axe.Wcag21, "wcag22aa"]);
            Report.Line(output, $"axe {name}: {result.RulesRun} rules, {result.Violations.Count} violated");
            if (result.Violations.Count > 0) failures.Add(page.Url, result.Describe(result.Violations));
        }
    }

    /// <summary>
    /// With JavaScript off no star shows anywhere, and the my page explains itself and links each programme's calendar.
    /// The same "button.star" selector finds the buttons with the script on (the test above), so a star rendered into
    /// the HTML instead of added by the script fails here; so would a my page whose explanation the HTML hides.
    /// </summary>
    [Fact]
    public async Task Without_JavaScript_there_are_no_stars_and_the_my_page_explains_itself()
    {
        await using var browsing = await Fresh(javaScript: false);
        var failures = new Failures("without JavaScript");
        var pages = CoveredPages.InEveryLanguage().Select(p => p.Page.Path(p.Lang)).Append(EventPage + Matlada + "/").ToList();
        foreach (var path in pages)
        {
            await failures.Guard(path, async () =>
            {
                await using var opened = await Browsing.OpenAsync(browsing.Context, path);
                var stars = await opened.Page.Locator("button.star").CountAsync();
                if (stars > 0) throw new XunitException($"{stars} star buttons without JavaScript");
                if (opened.LoadProblems.Count > 0) throw new XunitException(string.Join("; ", opened.LoadProblems));
            });
        }

        await using var my = await Browsing.OpenAsync(browsing.Context, "/sv/my/");
        Assert.True(await my.Page.Locator(".my-needs-script").IsVisibleAsync());
        Assert.False(await my.Page.Locator(".my-app").IsVisibleAsync());
        var calendars = await my.Page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('.my-calendars a[download]')].map(a => a.href)");
        Assert.Contains(calendars, c => c.EndsWith($"/sv/events/{Event}/programme.ics", StringComparison.Ordinal));
        foreach (var calendar in calendars) Assert.Equal(200, (await browsing.Context.APIRequest.GetAsync(calendar)).Status);
        failures.ThrowIfAny();
    }

    /// <summary>
    /// The clash lines of /my/ on a copy of the site, with two items starred (stored as stars.js stores them); the status
    /// badges of the list ("cancelled: Inställt") go into <paramref name="badges"/> when given.
    /// </summary>
    private async Task<List<string>> ClashesOn(string root, string first, string second, List<string>? badges = null)
    {
        string[] ids = [first, second];
        await using var server = await StaticSiteServer.StartAsync(root);
        await using var browsing = await Fresh(baseUrl: server.BaseAddress.ToString());
        await using var my = await Browsing.OpenAsync(browsing.Context, "/sv/my/");
        await my.Page.EvaluateAsync("uids => localStorage.setItem('arshjul-stars:/', JSON.stringify(uids))", ids.Select(Uid).ToArray());
        await my.Page.ReloadAsync();
        await my.Page.WaitForSelectorAsync(".my-mine .my-item");
        var listed = await my.Page.EvalAsync<List<ListedItem>>(Listed);
        Assert.Equal(ids.Length, listed.Count);
        badges?.AddRange(await my.Page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('.my-mine .my-item .badge')].map(b => b.className.replace('badge status-', '') + ': ' + b.textContent)"));
        return listed.SelectMany(l => l.Clashes).ToList();
    }

    private static async Task Press(IPage page, string selector)
    {
        var button = page.Locator(selector);
        await button.ClickAsync();
        Assert.Equal("true", await button.GetAttributeAsync("aria-pressed"));
    }

    /// <summary>A polite status region that comes to say <paramref name="expected"/> (it is emptied, then set, so a repeat is announced).</summary>
    private static async Task ExpectStatus(IPage page, string selector, string expected)
    {
        var region = page.Locator(selector);
        Assert.Equal("status", await region.GetAttributeAsync("role"));
        try
        {
            await page.WaitForFunctionAsync("([s, text]) => document.querySelector(s).textContent === text", new[] { selector, expected }, new PageWaitForFunctionOptions { Timeout = 5_000 });
        }
        catch (TimeoutException)
        {
            throw new XunitException($"{selector} says '{await region.TextContentAsync()}', expected '{expected}'");
        }
    }

    private static int Count(string text, string line) =>
        text.Split("\r\n").Count(l => l == line);

    private static async Task<List<CheckedFile>> IcalCheck(IEnumerable<string> files)
    {
        var (exit, stdout, stderr) = await Tools.RunAsync("node", [Tools.IcalCheck, .. files]);
        Assert.True(exit == 0, $"ical-check.mjs exited {exit}: {stderr}");
        using var json = JsonDocument.Parse(stdout);
        return json.RootElement.GetProperty("files").EnumerateArray().Select(f => new CheckedFile(
            f.GetProperty("errors").EnumerateArray().Select(e => e.ToString()).ToList(),
            f.GetProperty("events").EnumerateArray().Select(e => new CheckedEvent(
                e.GetProperty("uid").GetString()!, e.GetProperty("start").GetString()!, e.GetProperty("end").GetString(), e.GetProperty("sequence").GetInt32())).ToList())).ToList();
    }

    /// <summary>A browser context of its own (fresh storage), recording every request and refusing any that leaves the site.</summary>
    private async Task<OwnContext> Fresh(bool javaScript = true, string? baseUrl = null)
    {
        var origin = baseUrl ?? site.Server.BaseAddress.ToString();
        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = origin,
            ViewportSize = new ViewportSize { Width = SiteFixture.Desktop.Width, Height = SiteFixture.Desktop.Height },
            JavaScriptEnabled = javaScript,
            AcceptDownloads = true,
            Locale = "sv-SE",
            TimezoneId = "America/New_York",
            ServiceWorkers = ServiceWorkerPolicy.Block,
        });
        context.SetDefaultTimeout(15_000);
        var own = new OwnContext(context);
        await context.RouteAsync("**/*", async route =>
        {
            var url = route.Request.Url;
            lock (own) own.Requests.Add(url);
            if (url.StartsWith(origin, StringComparison.Ordinal) || url.StartsWith("blob:", StringComparison.Ordinal) || url.StartsWith("data:", StringComparison.Ordinal))
            {
                await route.ContinueAsync();
                return;
            }

            lock (own) own.Offsite.Add(url);
            await route.AbortAsync();
        });
        return own;
    }

    private sealed class OwnContext(IBrowserContext context) : IAsyncDisposable
    {
        public IBrowserContext Context { get; } = context;

        public List<string> Requests { get; } = [];

        public List<string> Offsite { get; } = [];

        public ValueTask DisposeAsync() => new(Context.CloseAsync());
    }

    private sealed record ListedItem(string Uid, string Day, List<string> Clashes);

    private sealed record Star(string Pressed, string Name, string Type, string Title, string Uid, string Ics, double Width, double Height);

    private sealed record CheckedFile(List<string> Errors, List<CheckedEvent> Events);

    private sealed record CheckedEvent(string Uid, string Start, string? End, int Sequence);
}
