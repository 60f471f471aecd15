using Arshjul.Site.Model;
using Arshjul.Site.Rendering.Templates;
using Arshjul.Site.Rendering.Views;

namespace Arshjul.Site.Rendering;

/// <summary>Renders a page job to HTML: its variables, the site's header and footer, the strings, through its template and the layout.</summary>
public sealed class SiteRenderer(RenderSession session)
{
    /// <summary>The page's file: its HTML as UTF-8, never made into a string on the way.</summary>
    public byte[] RenderUtf8(PageJob job) => session.Fragments.Page(job.Path, () => Render(job));

    private byte[] Render(PageJob job)
    {
        var ctx = new PageContext(session, job.Lang, job.Path, job.AbsoluteLinks);
        var views = new ViewFactory(ctx);
        var variables = job.Variables(ctx, views);
        variables["site"] = Site(ctx, job);
        variables["t"] = session.StringsAsObjects[job.Lang];
        return session.Renderer.RenderUtf8(job.Template, variables, Empty, job.WithLayout);
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
            ("my_programme", SitePaths.My(lang), "my"),
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
            ProgrammeJsUrl = ctx.Url("js/programme.js"),
            StarsJsUrl = ctx.Url("js/stars.js"),
            FeedUrl = ctx.Url(SitePaths.Feed(lang)),
            CalendarUrl = ctx.Url(SitePaths.Calendar(lang)),
            WebcalUrl = Calendar.WebcalLink.ForFeed(options, lang),
            LiveReload = session.LiveReloadSnippet is null ? null : new TrustedHtml(session.LiveReloadSnippet),
        };
    }
}
