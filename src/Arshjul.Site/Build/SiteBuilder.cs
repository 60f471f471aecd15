using System.Diagnostics;
using Arshjul.Site.Diagnostics;
using Arshjul.Site.I18n;
using Arshjul.Site.Model;
using Arshjul.Site.Output;
using Arshjul.Site.Planning;
using Arshjul.Site.Rendering;
using Arshjul.Site.Rendering.Templates;

namespace Arshjul.Site.Build;

/// <summary>
/// A whole build: load → templates → plan → select → render (parallel) → link check → commit. Each stage
/// reports into one bag and the build stops after a stage with errors. What is written is the output plan's
/// business (<see cref="OutputPlan"/>: every output as data, and which of them an edit affects); this class
/// only runs the stages. Files stream into a work folder beside the output as they are rendered and replace
/// the output as a whole only when everything succeeded (<see cref="SiteWriter"/>), so a failed build leaves it untouched.
/// </summary>
public static class SiteBuilder
{
    /// <summary>A one-off build: no plan is kept, so no output's dependencies are worked out.</summary>
    public static BuildResult Build(BuildRequest request) => Build(request, previous: null, changedPaths: null, keepPlan: false).Result;

    /// <summary>
    /// A build that may reuse the previous one: when every changed path is a content file and the set of
    /// outputs stays the same, only the outputs that depend on the changed content are rendered and written;
    /// when only a session file's texts changed, the kept model is patched instead of loaded again (<see cref="TextEdit"/>).
    /// </summary>
    /// <param name="previous">The plan the previous successful build returned, or null for a full build.</param>
    /// <param name="changedPaths">Site-relative paths ('/'-separated) changed since then, or null when unknown.</param>
    public static (BuildResult Result, PlanSnapshot? Plan) Build(BuildRequest request, PlanSnapshot? previous, IReadOnlyCollection<string>? changedPaths) =>
        Build(request, previous, changedPaths, keepPlan: true);

    private static (BuildResult Result, PlanSnapshot? Plan) Build(BuildRequest request, PlanSnapshot? previous, IReadOnlyCollection<string>? changedPaths, bool keepPlan)
    {
        // An editor's swap and temporary files change nothing; when they are all that changed, the paths are kept as
        // they are (a build with no changes is a full one, as before).
        if (previous is not null && changedPaths is not null && ChangedPaths.ThatMatter(changedPaths, previous, request.Source) is { Count: > 0 } matter) changedPaths = matter;
        if (previous?.Live is not null && changedPaths is not null && TextEdit.TryBuild(request, previous, changedPaths) is { } edited) return edited;

        // The whole site is loaded again: the kept model goes first, so the dev server never holds two.
        if (previous is not null) previous.Live = null;
        var clock = Stopwatch.StartNew();
        var stages = new List<(string Stage, TimeSpan Elapsed)>();
        var lap = TimeSpan.Zero;
        void Lap(string stage)
        {
            stages.Add((stage, clock.Elapsed - lap));
            lap = clock.Elapsed;
            request.Cancellation.ThrowIfCancellationRequested();
        }

        var diagnostics = new DiagnosticBag();
        var tally = new OutputTally();
        BuildResult Done(SiteModel? model, IReadOnlyList<OutputFile>? files = null, WriteSummary? written = null, IReadOnlyList<string>? external = null, bool incremental = false) => new()
        {
            Diagnostics = diagnostics.ToSortedList(),
            Model = model,
            Files = files ?? [],
            Written = written,
            ExternalLinks = external ?? [],
            Elapsed = clock.Elapsed,
            Counts = tally,
            Incremental = incremental,
            Stages = stages,
        };

        var parallelism = Math.Max(1, request.Parallelism);
        var model = SiteLoader.Load(request.Source, diagnostics, new LoadOptions { BaseUrl = request.BaseUrl, Parallelism = parallelism, Cache = request.Cache });
        if (model is null) return (Done(null), null);
        Lap("load");

        var templates = new TemplateLoader(request.Source, model.Options.Theme, diagnostics: diagnostics);
        foreach (var problem in templates.ParseAll())
        {
            diagnostics.Error(DiagnosticCodes.TemplateError, new SourceLocation(SourceLocation.RelativePath(request.Source, problem.Path), Math.Max(1, problem.Line), Math.Max(1, problem.Column)),
                $"Template error: {problem.Message}");
        }

        var strings = UiStrings.Load(request.Source, model.Languages, templates.Theme, diagnostics);
        // Without culture data nothing further is worth doing: every page would be in other words.
        if (!LanguageCultures.Check(model.Languages, strings, diagnostics)) return (Done(model), null);
        Lap("templates");

        // Pages first: content links resolve against the set of pages, and every output renders with that session.
        var now = request.Now ?? DateTimeOffset.UtcNow;
        var dependencies = new Dependencies.Index(model, tracked: keepPlan);
        var pages = PagePlanner.Plan(model, now, dependencies);
        var links = new ContentLinkResolver(model, pages.Select(j => j.Path));
        var session = new RenderSession(model, templates, strings, links, now, request.LiveReloadSnippet, keepFragments: keepPlan);
        var context = new PlanContext(request.Source, model, templates, session, pages, dependencies, diagnostics);
        var plan = OutputPlan.Create(context);
        Lap("plan");

        // Pages show "now" by its day: on another day an edit renders everything, not only what it touched.
        if (previous?.Now is { } then && !model.SameDay(then, now)) changedPaths = null;
        if (plan.Snapshot is { } made) made.Now = now;
        var selection = plan.Select(previous, changedPaths);
        Lap("select");

        // With the same outputs as before, only the changed files' texts can have new broken links.
        ContentLinkChecker.Check(model, session.Markdown, links, diagnostics, text => selection.ChangedFiles?.Contains(text.Path) ?? true);
        // Output paths that collide or are too long are content errors, found before anything is written.
        OutputPathCheck.Check(model, plan.GeneratedPaths, request.OutputPath, diagnostics);
        Lap("content check");
        if (diagnostics.HasErrors) return (Done(model), null);

        // Output goes to memory when nothing is written or links must be checked first; else it streams to disk.
        var memory = !request.WriteOutput || request.CheckLinks ? new MemoryOutput() : null;
        using var staged = memory is null ? Writer(request, inPlace: selection.IsIncremental) : null;
        IOutputSink sink = new TeeOutput(tally, (IOutputSink?)memory ?? staged!);
        PlanRenderer.Render(selection.Outputs, sink, diagnostics, parallelism, request.Source);
        Lap("render");
        if (diagnostics.HasErrors)
        {
            staged?.Abort();
            return (Done(model), null);
        }

        IReadOnlyList<OutputFile> files = memory?.Files ?? [];
        IReadOnlyList<string> external = [];
        if (request.CheckLinks)
        {
            external = OutputLinkChecker.Check(files, diagnostics, model.Options.BaseUrl);
            if (diagnostics.HasErrors) return (Done(model, files, external: external), null);
        }

        Lap("link check");
        WriteSummary? written = null;
        if (request.WriteOutput)
        {
            if (memory is not null)
            {
                using var writer = Writer(request, inPlace: false);
                foreach (var file in files) writer.Add(file);
                written = writer.Commit();
            }
            else
            {
                written = staged!.Commit();
            }
        }

        Lap("commit");
        if (plan.Snapshot is { } snapshot && diagnostics.IsEmpty && request.WriteOutput && !request.CheckLinks)
        {
            snapshot.Live = new LivePlan(plan, context, links, new LivePlan.Request(request.Source, request.OutputPath, request.BaseUrl, request.LiveReloadSnippet));
        }

        return (Done(model, files, written, external, selection.IsIncremental), plan.Snapshot);
    }

    /// <summary>The one writer of both paths (streamed and from memory); incremental builds write in place (see <see cref="SiteWriter"/>).</summary>
    internal static SiteWriter Writer(BuildRequest request, bool inPlace) => new(request.OutputPath, inPlace, request.ForceOutput, request.Cancellation);
}
