using Arshjul.Site.Output;
using Arshjul.Site.Rendering;

namespace Arshjul.Site.Planning;

/// <summary>
/// A plan kept in the dev server with everything it renders from (model, render session, link targets), so that an
/// edit of a session file's texts can patch the model and render from the same plan (<c>Build.TextEdit</c>) instead
/// of loading and planning the whole site again.
/// </summary>
/// <param name="built">What the build was asked for (the output folder, the server's address): a request for other output plans again.</param>
internal sealed class LivePlan(OutputPlan plan, PlanContext context, ContentLinkResolver links, LivePlan.Request built)
{
    private readonly Dictionary<string, int[]> _outputsByKey = new(StringComparer.Ordinal);

    /// <summary>The parts of a build request the plan's outputs were made for.</summary>
    public sealed record Request(string Source, string OutputPath, string? BaseUrl, string? LiveReloadSnippet);

    public OutputPlan Plan { get; } = plan;

    public PlanContext Context { get; } = context;

    public ContentLinkResolver Links { get; } = links;

    public Request Built { get; } = built;

    /// <summary>The outputs that depend on any of the keys, in plan order (what the selection of an incremental build picks for them).</summary>
    public IReadOnlyList<PlannedOutput> OutputsDependingOn(IEnumerable<string> keys)
    {
        var indices = new SortedSet<int>();
        foreach (var key in keys)
        {
            if (!_outputsByKey.TryGetValue(key, out var found)) _outputsByKey[key] = found = Scan(key);
            indices.UnionWith(found);
        }

        return indices.Select(i => Plan.Outputs[i]).ToList();
    }

    // Every output's set asked once per key, and the answer kept: the plan does not change while its model is patched,
    // and an editor saves the same file again and again. An index of every key made at the first edit took that edit
    // a second at L (150,000 outputs), after every whole build; one key takes a few tens of ms there.
    private int[] Scan(string key)
    {
        var found = new List<int>();
        for (var i = 0; i < Plan.Outputs.Count; i++)
        {
            if (Plan.Outputs[i].DependsOn.Contains(key)) found.Add(i);
        }

        return [.. found];
    }
}
