using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Playwright;

namespace Arshjul.Site.BrowserTests.Support;

/// <summary>axe-core, injected into a page from node_modules and run against WCAG 2.0/2.1 A and AA.</summary>
public static partial class Axe
{
    /// <summary>The rules every page is checked against: WCAG 2.0 and 2.1, A and AA.</summary>
    public static readonly string[] Wcag21 = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    private const string Run = """
        async (tags) => {
          const r = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
          const nodes = (rules) => rules.map(v => ({
            id: v.id, impact: v.impact || '', help: v.help,
            nodes: v.nodes.map(n => ({ target: n.target.join(' '), html: n.html.slice(0, 240), summary: n.failureSummary || '' })),
          }));
          return {
            violations: nodes(r.violations),
            incomplete: nodes(r.incomplete),
            passes: r.passes.length,
            inapplicable: r.inapplicable.length,
            checkedNodes: r.passes.reduce((n, p) => n + p.nodes.length, 0) + r.violations.reduce((n, p) => n + p.nodes.length, 0),
          };
        }
        """;

    /// <summary>
    /// axe on a page as a reader without JavaScript has it. axe is a script, and in a context with JavaScript off
    /// Playwright's injection never returns; so the DOM the script-less page built is served, its scripts left out,
    /// at the same address in a context with JavaScript on (same width), and checked there.
    /// </summary>
    public static async Task<AxeResult> RunOnScriptlessCopyAsync(IPage scriptless, IBrowserContext withScripts, params string[] tags)
    {
        var html = ScriptElement().Replace(await scriptless.ContentAsync(), "");
        var (tab, _) = await Tabs.BorrowAsync(withScripts);
        var page = tab.Page;
        var url = scriptless.Url;
        try
        {
            await page.RouteAsync(url, route => route.FulfillAsync(new RouteFulfillOptions { Status = 200, ContentType = "text/html; charset=utf-8", Body = html }));
            await page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
            if (await page.EvaluateAsync<int>("() => document.querySelectorAll('script').length") != 0) throw new InvalidOperationException("the script-less copy still has scripts");
            return await RunAsync(page, tags);
        }
        finally
        {
            // The page goes back to the others of its context as it came: without this copy's route.
            await page.UnrouteAsync(url);
            await Tabs.ReturnAsync(tab);
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"<script\b[^>]*>.*?</script>", System.Text.RegularExpressions.RegexOptions.Singleline | System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex ScriptElement();

    /// <param name="tags">axe's rule tags; <see cref="Wcag21"/> when none are given (add "wcag22aa" for target sizes).</param>
    public static async Task<AxeResult> RunAsync(IPage page, params string[] tags)
    {
        Tools.RequireAxe();
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = Tools.AxeScript });
        var json = await page.EvaluateAsync<JsonElement>(Run, tags.Length > 0 ? tags : Wcag21);
        return json.Deserialize<AxeResult>(new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!;
    }
}

public sealed record AxeResult(
    [property: JsonPropertyName("violations")] IReadOnlyList<AxeRule> Violations,
    [property: JsonPropertyName("incomplete")] IReadOnlyList<AxeRule> Incomplete,
    [property: JsonPropertyName("passes")] int Passes,
    [property: JsonPropertyName("inapplicable")] int Inapplicable,
    [property: JsonPropertyName("checkedNodes")] int CheckedNodes)
{
    public int RulesRun => Passes + Violations.Count + Incomplete.Count + Inapplicable;

    public string Describe(IEnumerable<AxeRule> rules) => string.Join("\n", rules.Select(r =>
        $"{r.Id} ({r.Impact}): {r.Help}\n" + string.Join("\n", r.Nodes.Take(5).Select(n => $"    at {n.Target}: {n.Html}\n      {n.Summary.Replace("\n", "\n      ", StringComparison.Ordinal)}")) +
        (r.Nodes.Count > 5 ? $"\n    … and {r.Nodes.Count - 5} more" : "")));
}

public sealed record AxeRule(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("impact")] string Impact,
    [property: JsonPropertyName("help")] string Help,
    [property: JsonPropertyName("nodes")] IReadOnlyList<AxeNode> Nodes);

public sealed record AxeNode(
    [property: JsonPropertyName("target")] string Target,
    [property: JsonPropertyName("html")] string Html,
    [property: JsonPropertyName("summary")] string Summary);
