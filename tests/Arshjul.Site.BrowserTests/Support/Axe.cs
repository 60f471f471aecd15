using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Playwright;

namespace Arshjul.Site.BrowserTests.Support;

/// <summary>axe-core, injected into a page from node_modules and run against WCAG 2.0/2.1 A and AA.</summary>
public static class Axe
{
    /// <summary>The rules every page is checked against: WCAG 2.0 and 2.1, A and AA.</summary>
    public static readonly string[] Wcag21 = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    private static readonly Lazy<string> AxeSource = new(() => File.ReadAllText(Tools.AxeScript));

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

    /// <param name="tags">axe's rule tags; <see cref="Wcag21"/> when none are given (add "wcag22aa" for target sizes).</param>
    public static async Task<AxeResult> RunAsync(IPage page, params string[] tags)
    {
        Tools.RequireAxe();
        // Evaluated, not added as a <script> tag: with JavaScript off a script tag never runs (and its load never
        // comes), while Playwright's evaluation still does, so the same check reads pages as a reader without scripts has them.
        await page.EvaluateAsync(AxeSource.Value);
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
