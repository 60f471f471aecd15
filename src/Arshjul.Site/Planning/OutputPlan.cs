using Arshjul.Site.Output;

namespace Arshjul.Site.Planning;

/// <summary>
/// Every file a build writes, as data: made from the model by small planners, one per kind of output
/// (<see cref="Planners"/>), each yielding <see cref="PlannedOutput"/>s. The plan is also what incremental
/// builds compare: <see cref="Select"/> decides, in one place, which outputs an edit affects.
/// A new kind of output is a row in <see cref="OutputFormat.Known"/> and a planner here (or more outputs from
/// an existing one); the build itself does not change.
/// </summary>
public sealed class OutputPlan
{
    /// <summary>The planners, in order: pages first, since the sitemap (in the feeds) lists what came before it.</summary>
    public static IReadOnlyList<OutputPlanner> Planners { get; } =
    [
        PagePlanner.Outputs,
        CalendarPlanner.Outputs,
        ScheduleExportPlanner.Outputs,
        FeedPlanner.Outputs,
        AssetPlanner.Outputs,
    ];

    private OutputPlan(IReadOnlyList<PlannedOutput> outputs, PlanSnapshot? snapshot)
    {
        Outputs = outputs;
        Snapshot = snapshot;
    }

    /// <summary>Every planned output, in plan order (pages, calendars, schedule exports, feeds, assets).</summary>
    public IReadOnlyList<PlannedOutput> Outputs { get; }

    /// <summary>What the next build compares against (<see cref="Select"/>); null for a plan made without dependencies (<see cref="Dependencies.Index"/>).</summary>
    public PlanSnapshot? Snapshot { get; }

    /// <summary>The paths the generator makes (everything but copied assets), for the path checks before rendering.</summary>
    public IReadOnlyList<string> GeneratedPaths => Outputs.Where(o => o.Format != OutputFormat.Asset).Select(o => o.Path).ToList();

    public static OutputPlan Create(PlanContext context, IReadOnlyList<OutputPlanner>? planners = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        var outputs = new List<PlannedOutput>();
        foreach (var planner in planners ?? Planners) outputs.AddRange(planner(context, outputs.ToList()));

        if (!context.Dependencies.IsTracked) return new OutputPlan(outputs, null);
        var model = context.Model;
        var dependencies = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        // A static file at a generated path is an error the path check reports; the first output keeps the path here.
        foreach (var output in outputs) dependencies.TryAdd(output.Path, output.DependsOn);
        var snapshot = new PlanSnapshot(
            dependencies,
            model.Documents.Select(d => d.Path).ToHashSet(StringComparer.Ordinal),
            model.StaticFiles,
            model.Events.SelectMany(e => e.AllItems).ToDictionary(i => i.Key, Dependencies.Signature, StringComparer.Ordinal));
        return new OutputPlan(outputs, snapshot);
    }

    /// <summary>
    /// The outputs to render: only those the changed files affect, given the previous plan, when every change is
    /// a content file whose keys are known and the site still has the same files and outputs as before; else all.
    /// Outputs not selected keep their files from the previous build (the writer leaves them in place).
    /// </summary>
    /// <param name="previous">The previous successful build's plan, or null for a full build.</param>
    /// <param name="changedPaths">Site-relative paths ('/'-separated) changed since then, or null when unknown.</param>
    public PlanSelection Select(PlanSnapshot? previous, IReadOnlyCollection<string>? changedPaths)
    {
        var affected = Affected(previous, changedPaths);
        if (affected is null) return new PlanSelection(Outputs, null);
        return new PlanSelection(Outputs.Where(o => affected.Contains(o.Path)).ToList(), changedPaths!.ToHashSet(StringComparer.Ordinal));
    }

    private HashSet<string>? Affected(PlanSnapshot? previous, IReadOnlyCollection<string>? changedPaths)
    {
        var current = Snapshot;
        if (current is null || previous is null || changedPaths is null || changedPaths.Count == 0) return null;
        if (!previous.ContentFiles.SetEquals(current.ContentFiles) || !previous.StaticFiles.SequenceEqual(current.StaticFiles)) return null;
        if (previous.DependenciesByOutput.Count != current.DependenciesByOutput.Count ||
            !previous.DependenciesByOutput.Keys.All(current.DependenciesByOutput.ContainsKey)) return null;

        var changed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in changedPaths)
        {
            if (Dependencies.ChangedBy(path) is not { } keys) return null;
            changed.UnionWith(keys);
        }

        // An edit can move items it does not touch (an end taken from the next item's start).
        if (!previous.ItemSignatures.Keys.ToHashSet().SetEquals(current.ItemSignatures.Keys)) return null;
        changed.UnionWith(current.ItemSignatures.Where(p => previous.ItemSignatures[p.Key] != p.Value).Select(p => "item:" + p.Key));

        // What an output showed before the edit counts too: a speaker removed from an item still has a stale page.
        return current.DependenciesByOutput
            .Where(p => p.Value.Overlaps(changed) || previous.DependenciesByOutput[p.Key].Overlaps(changed))
            .Select(p => p.Key)
            .ToHashSet(StringComparer.Ordinal);
    }
}
