using System.Diagnostics;
using Arshjul.Site.Build;
using Arshjul.Site.Diagnostics;
using Arshjul.Site.I18n;
using Arshjul.Site.Output;
using Arshjul.Site.Planning;
using Arshjul.Site.Rendering;
using Arshjul.Site.Rendering.Templates;

namespace Arshjul.Site.Bench.Runs;

/// <summary>
/// The stages of <see cref="SiteBuilder.Build"/> run one by one in this process with a clock around
/// each, to see where a build's time goes. It mirrors SiteBuilder, rendering each output format apart;
/// when SiteBuilder changes its stages, change this too.
/// </summary>
public static class StageProfile
{
    /// <returns>Per stage: wall time, and CPU time of this process (all threads), which other load on the machine disturbs less.</returns>
    public static IReadOnlyList<(string Stage, TimeSpan Time, TimeSpan Cpu)> Run(string source, string output, int parallelism)
    {
        var stages = new List<(string, TimeSpan, TimeSpan)>();
        using var self = Process.GetCurrentProcess();
        var clock = Stopwatch.StartNew();
        var cpu = self.TotalProcessorTime;
        void Lap(string stage)
        {
            self.Refresh();
            var now = self.TotalProcessorTime;
            stages.Add((stage, clock.Elapsed, now - cpu));
            cpu = now;
            clock.Restart();
        }

        var diagnostics = new DiagnosticBag();
        var model = SiteLoader.Load(source, diagnostics, new LoadOptions { Parallelism = parallelism })
            ?? throw new InvalidOperationException("The site did not load: " + string.Join("\n", diagnostics.ToSortedList().Take(10)));
        Lap("load: site.yml, content files, model, schedule");

        var templates = new TemplateLoader(source, model.Options.Theme);
        _ = templates.ParseAll();
        var strings = UiStrings.Load(source, model.Languages, templates.Theme, diagnostics);
        var now = DateTimeOffset.Parse(BuildRunner.Now, System.Globalization.CultureInfo.InvariantCulture);
        var dependencies = new Dependencies.Index(model, tracked: false);
        var jobs = PagePlanner.Plan(model, now, dependencies);
        var links = new ContentLinkResolver(model, jobs.Select(j => j.Path));
        var session = new RenderSession(model, templates, strings, links, now, liveReloadSnippet: null);
        var plan = OutputPlan.Create(new PlanContext(source, model, templates, session, jobs, dependencies, diagnostics));
        Lap($"templates, UI strings, output plan ({plan.Outputs.Count} outputs), link index");

        ContentLinkChecker.Check(model, session.Markdown, links, diagnostics);
        Lap("content link check (parses every Markdown text)");

        // The build renders every output in one parallel loop; here each format apart, to see what each costs.
        var memory = new MemoryOutput();
        foreach (var group in plan.Outputs.GroupBy(o => o.Format))
        {
            PlanRenderer.Render(group.ToList(), memory, diagnostics, parallelism, source);
            Lap($"render {group.Count()} {group.Key.Name} outputs");
        }

        var files = memory.Files;
        if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
        using (var writer = new SiteWriter(output))
        {
            Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, writer.Add);
            writer.Commit();
        }

        Lap($"write {files.Count} files");
        return stages;
    }
}
