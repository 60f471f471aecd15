using Microsoft.Playwright;

namespace Arshjul.Site.BrowserTests.Support;

/// <summary>An open page with what went wrong while it loaded; disposing it gives its tab back to its context's <see cref="Tabs"/>.</summary>
public sealed class OpenedPage(Tab tab, IResponse? response, IReadOnlyList<string> problems) : IAsyncDisposable
{
    public IPage Page => tab.Page;

    public IResponse? Response { get; } = response;

    /// <summary>Failed subresources and console errors seen while loading.</summary>
    public IReadOnlyList<string> LoadProblems => problems;

    public ValueTask DisposeAsync() => new(Tabs.ReturnAsync(tab));
}

/// <summary>
/// A page of a context that checks take turns in, with what went wrong since it was last handed out. Its listeners are
/// attached once, when the page is made, and write to the problems of whoever holds it now.
/// </summary>
public sealed class Tab
{
    private List<string> _problems = [];

    public Tab(IPage page)
    {
        Page = page;
        page.Console += (_, message) =>
        {
            // Failed requests are reported by the Response and RequestFailed events below (which,
            // unlike this message, leave out the 404 of a page that is meant to be a 404).
            if (message.Type == "error" && !message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal)) Add("console error: " + message.Text);
        };
        page.PageError += (_, error) => Add("script error: " + error);
        page.RequestFailed += (_, request) => Add($"request failed: {request.Url} ({request.Failure})");
        page.Response += (_, response) =>
        {
            if (response.Status >= 400 && response.Request.ResourceType != "document") Add($"{response.Status} for {response.Request.ResourceType} {response.Url}");
        };
    }

    public IPage Page { get; }

    /// <summary>Starts a new list of problems for the next holder, and returns it.</summary>
    public List<string> StartProblems()
    {
        var fresh = new List<string>();
        Volatile.Write(ref _problems, fresh);
        return fresh;
    }

    private void Add(string problem)
    {
        var problems = Volatile.Read(ref _problems);
        lock (problems) problems.Add(problem);
    }
}

/// <summary>
/// The idle pages of each browser context. Making a page costs Chromium far more than loading one into a page it has (a
/// sweep of the example site's 472 page loads took 110 s with a page made per load, 37 s with three pages reused), so a
/// check borrows an idle page and gives it back on about:blank, where nothing of the page it held is left running. What
/// a navigation does not reset stays on the context (cookies, local storage, routes of the context), as it did with a
/// page per check; a check that changes the page itself (its own routes, emulated media) makes its own page instead.
/// </summary>
public static class Tabs
{
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IBrowserContext, System.Collections.Concurrent.ConcurrentBag<Tab>> Idle = [];

    /// <summary>An idle page of <paramref name="context"/> (or a new one), with a fresh list of problems.</summary>
    public static async Task<(Tab Tab, List<string> Problems)> BorrowAsync(IBrowserContext context)
    {
        var idle = Idle.GetOrCreateValue(context);
        while (idle.TryTake(out var tab))
        {
            if (!tab.Page.IsClosed) return (tab, tab.StartProblems());
        }

        var made = new Tab(await context.NewPageAsync());
        return (made, made.StartProblems());
    }

    /// <summary>Leaves the tab's page on about:blank and makes it idle; a page that cannot get there is closed instead.</summary>
    public static async Task ReturnAsync(Tab tab)
    {
        if (tab.Page.IsClosed) return;
        try
        {
            await tab.Page.GotoAsync("about:blank");
        }
        catch (PlaywrightException)
        {
            await tab.Page.CloseAsync();
            return;
        }

        Idle.GetOrCreateValue(tab.Page.Context).Add(tab);
    }
}

public static class Browsing
{
    /// <summary>How many pages a check works on at once (2 cores: a little overlap hides the waits).</summary>
    public const int Parallelism = 3;

    /// <summary>Opens <paramref name="path"/> in a page of <paramref name="context"/> (an idle one when there is one, <see cref="Tabs"/>) and waits for it to load.</summary>
    public static async Task<OpenedPage> OpenAsync(IBrowserContext context, string path)
    {
        var (tab, problems) = await Tabs.BorrowAsync(context);
        try
        {
            var response = await tab.Page.GotoAsync(path, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
            return new OpenedPage(tab, response, problems);
        }
        catch
        {
            await tab.Page.CloseAsync();
            throw;
        }
    }

    /// <summary>Runs <paramref name="check"/> over every (lang, page), a few at a time, recording failures per page.</summary>
    public static Task ForEachPageAsync(Failures failures, IEnumerable<(string Lang, CoveredPage Page)> pages, Func<string, CoveredPage, Task> check, int parallelism = Parallelism) =>
        Parallel.ForEachAsync(pages, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, async (entry, _) =>
            await failures.Guard($"{entry.Page.Path(entry.Lang)} [{entry.Lang}-{entry.Page.Name}]", () => check(entry.Lang, entry.Page)));

    private static readonly System.Text.Json.JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    /// <summary>Evaluates a script and reads its JSON result into <typeparamref name="T"/> (property names case-insensitive).</summary>
    public static async Task<T> EvalAsync<T>(this IPage page, string script, object? arg = null)
    {
        var json = await page.EvaluateAsync<System.Text.Json.JsonElement>(script, arg);
        return System.Text.Json.JsonSerializer.Deserialize<T>(json.GetRawText(), Json)!;
    }

    /// <summary>
    /// Proves the page ran its scripts exactly when <paramref name="viewport"/> has JavaScript on: a page whose template
    /// marked items to star (data-star-uid) has star buttons, which only js/stars.js adds, with it and none without.
    /// Returns whether the page had such items (so a caller can make sure the proof applied somewhere).
    /// </summary>
    public static async Task<bool> ExpectScriptsAsInAsync(IPage page, Viewport viewport)
    {
        var marked = await page.Locator("[data-star-uid]").CountAsync();
        if (marked == 0) return false;
        var stars = await page.Locator("button.star").CountAsync();
        if (viewport.JavaScript && stars == 0) throw new Xunit.Sdk.XunitException($"{marked} items to star but no star button: the scripts did not run with JavaScript on");
        if (!viewport.JavaScript && stars > 0) throw new Xunit.Sdk.XunitException($"{stars} star buttons with JavaScript off: this is not the page without scripts");
        return true;
    }

    /// <summary>Fails when the response is not the expected status.</summary>
    public static void ExpectStatus(OpenedPage opened, int expected)
    {
        var status = opened.Response?.Status;
        if (status != expected) throw new Xunit.Sdk.XunitException($"HTTP status {status?.ToString() ?? "none"}, expected {expected}");
    }
}
