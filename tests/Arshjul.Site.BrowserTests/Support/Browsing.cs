using Microsoft.Playwright;

namespace Arshjul.Site.BrowserTests.Support;

/// <summary>An open page with what went wrong while it loaded.</summary>
public sealed class OpenedPage(IPage page, IResponse? response, List<string> problems) : IAsyncDisposable
{
    public IPage Page { get; } = page;

    public IResponse? Response { get; } = response;

    /// <summary>Failed subresources and console errors seen while loading.</summary>
    public IReadOnlyList<string> LoadProblems => problems;

    public ValueTask DisposeAsync() => new(Page.CloseAsync());
}

public static class Browsing
{
    /// <summary>How many pages a check works on at once (2 cores: a little overlap hides the waits).</summary>
    public const int Parallelism = 3;

    /// <summary>Opens <paramref name="path"/> in a new page of <paramref name="context"/> and waits for it to load.</summary>
    public static async Task<OpenedPage> OpenAsync(IBrowserContext context, string path)
    {
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            // Failed requests are reported by the Response and RequestFailed events below (which,
            // unlike this message, leave out the 404 of a page that is meant to be a 404).
            if (message.Type == "error" && !message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal)) lock (problems) problems.Add("console error: " + message.Text);
        };
        page.PageError += (_, error) =>
        {
            lock (problems) problems.Add("script error: " + error);
        };
        page.RequestFailed += (_, request) =>
        {
            lock (problems) problems.Add($"request failed: {request.Url} ({request.Failure})");
        };
        page.Response += (_, response) =>
        {
            if (response.Status >= 400 && response.Request.ResourceType != "document")
            {
                lock (problems) problems.Add($"{response.Status} for {response.Request.ResourceType} {response.Url}");
            }
        };
        try
        {
            var response = await page.GotoAsync(path, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
            return new OpenedPage(page, response, problems);
        }
        catch
        {
            await page.CloseAsync();
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
