using System.Diagnostics;
using System.Text;
using Arshjul.Site.Calendar;
using Arshjul.Site.I18n;
using Arshjul.Site.Model;
using Arshjul.Site.Model.Loading;
using Arshjul.Site.Output;
using Arshjul.Site.Output.Feeds;
using Arshjul.Site.Rendering;
using Arshjul.Site.Rendering.Templates;

namespace Arshjul.Site.Build;

/// <summary>
/// A whole build: load → model → schedule → render → write. Each stage reports into one bag and
/// the build stops after a stage with errors; nothing is written until everything succeeded.
/// </summary>
public static class SiteBuilder
{
    public static BuildResult Build(BuildRequest request)
    {
        var clock = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        BuildResult Done(SiteModel? model, IReadOnlyList<OutputFile>? files = null, WriteSummary? written = null, IReadOnlyList<string>? external = null) => new()
        {
            Diagnostics = diagnostics.ToSortedList(),
            Model = model,
            Files = files ?? [],
            Written = written,
            ExternalLinks = external ?? [],
            Elapsed = clock.Elapsed,
        };

        var parallelism = Math.Max(1, request.Parallelism);
        var model = SiteLoader.Load(request.Source, diagnostics, new LoadOptions { BaseUrl = request.BaseUrl, Parallelism = parallelism });
        if (model is null) return Done(null);

        var templates = new TemplateLoader(request.Source, model.Options.Theme);
        foreach (var problem in templates.ParseAll())
        {
            diagnostics.Error(DiagnosticCodes.TemplateError, new SourceLocation(RelativeTo(request.Source, problem.Path), Math.Max(1, problem.Line), Math.Max(1, problem.Column)),
                $"Template error: {problem.Message}");
        }

        var strings = UiStrings.Load(request.Source, model.Languages, templates, diagnostics);
        var now = request.Now ?? DateTimeOffset.UtcNow;
        var jobs = PagePlanner.Plan(model, now);
        var links = new ContentLinkResolver(model, jobs.Select(j => j.Path));
        var session = new RenderSession(model, templates, strings, links, now, request.LiveReloadSnippet);
        ContentLinkChecker.Check(model, session.Markdown, links, diagnostics);
        if (diagnostics.HasErrors) return Done(model);

        var files = new List<OutputFile>();
        files.AddRange(new SiteRenderer(session).Render(jobs, diagnostics, parallelism));
        files.AddRange(Calendars(request.Source, model, session, parallelism));
        files.AddRange(StaticFiles(request.Source, model, templates));
        files.AddRange(FeedOutputs.Create(model, jobs, session.PlainText));
        if (diagnostics.HasErrors) return Done(model);

        files.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        IReadOnlyList<string> external = [];
        if (request.CheckLinks)
        {
            external = OutputLinkChecker.Check(files, diagnostics, model.Options.BaseUrl);
            if (diagnostics.HasErrors) return Done(model, files, external: external);
        }

        var written = request.WriteOutput ? SiteWriter.Write(request.OutputPath, files, parallelism) : null;
        return Done(model, files, written, external);
    }

    /// <summary>Diagnostics name files relative to the site root, like every other diagnostic; embedded files keep their name.</summary>
    public static string RelativeTo(string siteRoot, string path)
    {
        if (!Path.IsPathRooted(path)) return path;
        var relative = Path.GetRelativePath(siteRoot, path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative.Replace('\\', '/');
    }

    /// <summary>Every .ics of the site (items, events, the per-language feed), serialised in parallel.</summary>
    private static IReadOnlyList<OutputFile> Calendars(string siteRoot, SiteModel model, RenderSession session, int parallelism)
    {
        // One read of git's history for the whole build, not one per file.
        var times = SourceTimes.Load(siteRoot);
        var builder = new CalendarBuilder(model.Options, times, session.PlainText, session.Strings.Get);
        var outputs = builder.Outputs(model).ToList();
        var files = new OutputFile[outputs.Count];
        Parallel.For(0, outputs.Count, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, i =>
        {
            var output = outputs[i];
            files[i] = ProcessingContext.For(output.Path, () => new OutputFile(output.Path, Encoding.UTF8.GetBytes(output.Render()), OutputKind.Calendar));
        });
        return files;
    }

    /// <summary>The theme's assets, then the site's static/ files (which win on the same path).</summary>
    private static IEnumerable<OutputFile> StaticFiles(string siteRoot, SiteModel model, TemplateLoader templates)
    {
        var siteFiles = model.StaticFiles.ToHashSet(StringComparer.Ordinal);
        foreach (var path in templates.ThemeStaticFiles().Where(p => !siteFiles.Contains(p)))
        {
            using var stream = templates.OpenThemeStatic(path);
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            yield return new OutputFile(path, buffer.ToArray(), OutputKind.Asset);
        }

        foreach (var path in model.StaticFiles)
        {
            yield return new OutputFile(path, File.ReadAllBytes(Path.Combine(siteRoot, SiteModelLoader.StaticFolder, path)), OutputKind.Asset);
        }
    }
}
