using System.Diagnostics;
using System.Text;
using Arshjul.Site.Calendar;
using Arshjul.Site.Content;
using Arshjul.Site.Diagnostics;
using Arshjul.Site.I18n;
using Arshjul.Site.Model;
using Arshjul.Site.Model.Loading;
using Arshjul.Site.Output;
using Arshjul.Site.Rendering;
using Arshjul.Site.Rendering.Feeds;
using Arshjul.Site.Rendering.Templates;

namespace Arshjul.Site.Build;

/// <summary>
/// A whole build: load → model → schedule → render → write. Each stage reports into one bag and
/// the build stops after a stage with errors. Files stream into a work folder beside the output as they are
/// rendered and replace the output as a whole only when everything succeeded (<see cref="SiteWriter"/>), so a failed build leaves it untouched.
/// </summary>
public static class SiteBuilder
{
    public static BuildResult Build(BuildRequest request) => Build(request, previous: null, changedPaths: null).Result;

    /// <summary>
    /// A build that may reuse the previous one: when every changed path is a content file and the set of
    /// pages stays the same, only the outputs that depend on the changed content are rendered and written.
    /// </summary>
    /// <param name="previous">The state the previous successful build returned, or null for a full build.</param>
    /// <param name="changedPaths">Site-relative paths ('/'-separated) changed since then, or null when unknown.</param>
    public static (BuildResult Result, BuildState? State) Build(BuildRequest request, BuildState? previous, IReadOnlyCollection<string>? changedPaths)
    {
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
        var now = request.Now ?? DateTimeOffset.UtcNow;
        var dependencies = new Dependencies.Index(model);
        var jobs = PagePlanner.Plan(model, now, dependencies);
        var links = new ContentLinkResolver(model, jobs.Select(j => j.Path));
        var session = new RenderSession(model, templates, strings, links, now, request.LiveReloadSnippet);
        Lap("plan");

        var calendars = CalendarPlan(request.Source, model, session, dependencies, diagnostics);
        var state = new BuildState(
            jobs.ToDictionary(j => SitePaths.FileOf(j.Path), j => j.DependsOn, StringComparer.Ordinal)
                .Concat(calendars.Select(c => KeyValuePair.Create(c.Output.Path, c.DependsOn)))
                .ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal),
            model.Documents.Select(d => d.Path).ToHashSet(StringComparer.Ordinal),
            model.StaticFiles,
            model.Events.SelectMany(e => e.AllItems).ToDictionary(i => i.Key, Dependencies.Signature, StringComparer.Ordinal));
        var selected = Selection(previous, state, changedPaths);
        var incremental = selected is not null;
        Lap("calendar plan and state");

        // With the same pages as before, only the changed files' texts can have new broken links.
        var changedFiles = incremental ? changedPaths!.ToHashSet(StringComparer.Ordinal) : null;
        ContentLinkChecker.Check(model, session.Markdown, links, diagnostics, text => changedFiles?.Contains(text.Path) ?? true);
        Lap("link check");
        if (diagnostics.HasErrors) return (Done(model), null);

        // Output paths that collide or are too long are content errors, found before anything is written.
        var generated = jobs.Select(j => SitePaths.FileOf(j.Path)).Concat(calendars.Select(c => c.Output.Path)).Concat(model.Languages.Select(SitePaths.Feed)).ToList();
        OutputPathCheck.Check(model, generated, request.OutputPath, diagnostics);
        if (diagnostics.HasErrors) return (Done(model), null);

        // Output goes to memory when nothing is written or links must be checked first; else it streams to disk.
        var memory = !request.WriteOutput || request.CheckLinks ? new MemoryOutput() : null;
        using var staged = memory is null ? Writer(request, inPlace: incremental) : null;
        IOutputSink sink = new TeeOutput(tally, (IOutputSink?)memory ?? staged!);

        new SiteRenderer(session).Render(jobs.Where(j => selected?.Contains(SitePaths.FileOf(j.Path)) ?? true).ToList(), diagnostics, parallelism, sink);
        Lap("render pages");
        WriteCalendars(calendars.Where(c => selected?.Contains(c.Output.Path) ?? true).ToList(), sink, parallelism);
        Lap("calendars");
        if (!incremental) WriteStaticFiles(request.Source, model, templates, sink, diagnostics);
        foreach (var feed in FeedOutputs.Create(model, jobs, session.PlainText, crawlerFiles: !incremental)) sink.Add(feed);
        Lap("static files and feeds");
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

        Lap("write");
        return (Done(model, files, written, external, incremental), state);
    }

    /// <summary>The one writer of both paths (streamed and from memory); incremental builds write in place (see <see cref="SiteWriter"/>).</summary>
    private static SiteWriter Writer(BuildRequest request, bool inPlace) => new(request.OutputPath, inPlace, request.ForceOutput, request.Cancellation);


    /// <summary>
    /// The outputs to render for an incremental build, or null for all of them: null unless every change is a
    /// content file whose keys are known and the site still has the same files and outputs as before.
    /// </summary>
    private static HashSet<string>? Selection(BuildState? previous, BuildState current, IReadOnlyCollection<string>? changedPaths)
    {
        if (previous is null || changedPaths is null || changedPaths.Count == 0) return null;
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

    private sealed record PlannedCalendar(CalendarOutput Output, IReadOnlySet<string> DependsOn);

    private static List<PlannedCalendar> CalendarPlan(string siteRoot, SiteModel model, RenderSession session, Dependencies.Index index, DiagnosticBag diagnostics)
    {
        // One read of git's history for the whole build, not one per file; a shallow or failing git is a warning.
        var times = SourceTimes.Load(siteRoot, diagnostics);
        var builder = new CalendarBuilder(model.Options, times, session.PlainText, session.Strings.Get);
        var dependencies = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        foreach (var lang in model.Languages) dependencies[SitePaths.Calendar(lang)] = Dependencies.Of(Dependencies.AllEvents);
        foreach (var ev in model.Events)
        {
            // The event's file shows the event alone, so an edited item leaves it be; programme.ics shows every item.
            var eventAlone = Dependencies.OfEventAlone(ev);
            var programme = Dependencies.OfProgramme(ev);
            foreach (var lang in model.Languages)
            {
                dependencies[SitePaths.EventCalendar(lang, ev)] = eventAlone;
                dependencies[SitePaths.ProgrammeCalendar(lang, ev)] = programme;
                foreach (var item in ev.AllItems) dependencies[SitePaths.ItemCalendar(lang, item)] = index.OfCalendar(item);
            }
        }

        return builder.Outputs(model).Select(o => new PlannedCalendar(o, dependencies[o.Path])).ToList();
    }

    /// <summary>Serialises calendars in parallel (items, events, the per-language feed).</summary>
    private static void WriteCalendars(IReadOnlyList<PlannedCalendar> calendars, IOutputSink sink, int parallelism) =>
        Parallel.ForEach(calendars, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, calendar =>
        {
            var output = calendar.Output;
            sink.Add(ProcessingContext.For(output.Path, () => new OutputFile(output.Path, Encoding.UTF8.GetBytes(output.Render()), OutputFormat.Calendar)));
        });

    /// <summary>The theme's assets, then the site's static/ files (which win on the same path).</summary>
    private static void WriteStaticFiles(string siteRoot, SiteModel model, TemplateLoader templates, IOutputSink sink, DiagnosticBag diagnostics)
    {
        var site = new SiteFiles(siteRoot, diagnostics);
        var siteFiles = model.StaticFiles.ToHashSet(StringComparer.Ordinal);
        foreach (var path in templates.Theme.StaticFiles().Where(p => !siteFiles.Contains(p)))
        {
            using var stream = templates.Theme.OpenStatic(path);
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            sink.Add(new OutputFile(path, buffer.ToArray(), OutputFormat.Asset));
        }

        foreach (var path in model.StaticFiles)
        {
            if (site.Read(SiteModelLoader.StaticFolder + "/" + path, SiteFiles.StaticLimit) is { } bytes) sink.Add(new OutputFile(path, bytes, OutputFormat.Asset));
        }
    }
}
