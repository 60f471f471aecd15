using System.Collections.Concurrent;
using System.Text;
using Arshjul.Site.Diagnostics;
using Arshjul.Site.Model;
using Arshjul.Site.Output;
using Arshjul.Site.Rendering.Templates;
using Arshjul.Site.Rendering.Views;

namespace Arshjul.Site.Rendering;

/// <summary>Renders page jobs to HTML in parallel; template failures become diagnostics naming the template line.</summary>
public sealed class SiteRenderer(RenderSession session)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Renders the jobs into <paramref name="sink"/> as they finish; returns how many rendered.</summary>
    public int Render(IReadOnlyList<PageJob> jobs, DiagnosticBag diagnostics, int parallelism, IOutputSink sink)
    {
        var rendered = 0;
        var failures = new ConcurrentBag<(int Index, TemplateRenderException Error)>();
        Parallel.For(0, jobs.Count, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, i =>
        {
            var job = jobs[i];
            try
            {
                sink.Add(new OutputFile(SitePaths.FileOf(job.Path), Utf8.GetBytes(RenderOne(job)), OutputFormat.Html));
                Interlocked.Increment(ref rendered);
            }
            catch (TemplateRenderException e)
            {
                failures.Add((i, e));
            }
        });

        // One broken template breaks many pages: report each template place once, naming the first
        // page in plan order, so the message is the same whichever thread got there first.
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (index, e) in failures.OrderBy(f => f.Index))
        {
            if (!reported.Add($"{e.TemplatePath}:{e.Line}:{e.Column}:{e.Message}")) continue;
            diagnostics.Error(DiagnosticCodes.TemplateError,
                new SourceLocation(SourceLocation.RelativePath(session.Site.Root, e.TemplatePath), Math.Max(1, e.Line), Math.Max(1, e.Column)),
                $"The template failed while rendering {SitePaths.FileOf(jobs[index].Path)}: {e.Message}");
        }

        return rendered;
    }

    public string RenderOne(PageJob job)
    {
        var ctx = new PageContext(session, job.Lang, job.Path, job.AbsoluteLinks);
        var views = new ViewFactory(ctx);
        var variables = job.Variables(ctx, views);
        variables["site"] = Site(ctx, job);
        variables["t"] = session.StringsAsObjects[job.Lang];
        var html = job.WithLayout
            ? session.Renderer.Render(job.Template, variables, Empty)
            : session.Renderer.RenderWithoutLayout(job.Template, variables, Empty);
        return html;
    }

    private static readonly IReadOnlyDictionary<string, object?> Empty = new Dictionary<string, object?>();

    private SiteView Site(PageContext ctx, PageJob job)
    {
        var options = session.Options;
        var lang = ctx.Lang;
        var nav = new (string Key, string Path, string Kind)[]
        {
            ("home", SitePaths.Home(lang), "home"),
            ("events", SitePaths.Events(lang), "events"),
            ("speakers", SitePaths.Speakers(lang), "speakers"),
            ("news", SitePaths.News(lang), "news"),
        };
        var footer = session.Site.Pages
            .OrderBy(p => p.Slug == "tillganglighet" ? 0 : 1).ThenBy(p => p.Slug, StringComparer.Ordinal)
            .Select(p => new LinkView(p.Text.In(lang).Value.Title, ctx.Url(SitePaths.Page(lang, p)), SitePaths.Page(lang, p) == job.Path))
            .ToList();
        return new SiteView
        {
            Title = options.TitleIn(lang),
            Description = options.DescriptionIn(lang),
            Lang = lang,
            Root = ctx.Root,
            HomeUrl = ctx.Url(SitePaths.Home(lang)),
            // A section is current on its own page and on every page below it (the home page only on itself).
            Nav = nav.Select(n => new LinkView(ctx.T(n.Key), ctx.Url(n.Path), n.Kind == "home" ? job.Path == n.Path : job.Path.StartsWith(n.Path, StringComparison.Ordinal))).ToList(),
            EventsUrl = ctx.Url(SitePaths.Events(lang)),
            SpeakersUrl = ctx.Url(SitePaths.Speakers(lang)),
            NewsUrl = ctx.Url(SitePaths.News(lang)),
            Languages = session.Site.Languages.Select(l => new LanguageView(
                l,
                session.Strings.Get(l, "native_name"),
                ctx.Url(job.Alternates[l]),
                options.AbsoluteUrl(job.Alternates[l]),
                l == lang)).ToList(),
            DefaultAlternate = options.AbsoluteUrl(job.Alternates[options.DefaultLanguage]),
            FooterLinks = footer,
            CssUrl = ctx.Url("css/site.css"),
            FeedUrl = ctx.Url(SitePaths.Feed(lang)),
            CalendarUrl = ctx.Url(SitePaths.Calendar(lang)),
            WebcalUrl = Calendar.WebcalLink.ForFeed(options, lang),
            LiveReload = session.LiveReloadSnippet is null ? null : new TrustedHtml(session.LiveReloadSnippet),
        };
    }
}
