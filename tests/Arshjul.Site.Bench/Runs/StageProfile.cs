using System.Diagnostics;
using System.Text;
using Arshjul.Site.Build;
using Arshjul.Site.Calendar;
using Arshjul.Site.Diagnostics;
using Arshjul.Site.I18n;
using Arshjul.Site.Output;
using Arshjul.Site.Rendering;
using Arshjul.Site.Rendering.Feeds;
using Arshjul.Site.Rendering.Templates;

namespace Arshjul.Site.Bench.Runs;

/// <summary>
/// The stages of <see cref="SiteBuilder.Build"/> run one by one in this process with a clock around
/// each, to see where a build's time goes. It mirrors SiteBuilder (static files left out, they are a
/// copy); when SiteBuilder changes its stages, change this too.
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
        var jobs = PagePlanner.Plan(model, now);
        var links = new ContentLinkResolver(model, jobs.Select(j => j.Path));
        var session = new RenderSession(model, templates, strings, links, now, liveReloadSnippet: null);
        Lap("templates, UI strings, page plan, link index");

        ContentLinkChecker.Check(model, session.Markdown, links, diagnostics);
        Lap("content link check (parses every Markdown text)");

        var memory = new MemoryOutput();
        new SiteRenderer(session).Render(jobs, diagnostics, parallelism, memory);
        var files = new List<OutputFile>(memory.Files);
        Lap($"render {jobs.Count} pages");

        var builder = new CalendarBuilder(model.Options, SourceTimes.Load(source), session.PlainText, session.Strings.Get);
        var outputs = builder.Outputs(model).ToList();
        var calendars = new OutputFile[outputs.Count];
        Parallel.For(0, outputs.Count, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, i =>
            calendars[i] = new OutputFile(outputs[i].Path, Encoding.UTF8.GetBytes(outputs[i].Render()), OutputFormat.Calendar));
        files.AddRange(calendars);
        Lap($"serialise {outputs.Count} calendars");

        files.AddRange(FeedOutputs.Create(model, jobs, session.PlainText));
        files.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        Lap("feeds, sitemap, sort");

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
