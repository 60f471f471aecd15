using System.Globalization;
using Arshjul.Site.Model;
using Arshjul.Site.Output;
using Arshjul.Site.Rendering;
using Arshjul.Site.Rendering.Feeds;
using Arshjul.Site.Rendering.StructuredData;
using Arshjul.Site.Rendering.Templates;
using Arshjul.Site.Rendering.Views;
using Arshjul.Site.Rendering.Wheel;

namespace Arshjul.Site.Planning;

/// <summary>
/// Lists every HTML page of the site, per language, as the content model's URL table says.
/// Every page exists in every language: a missing translation falls back to the source's text.
/// The page jobs come first in a build (content links resolve against them); <see cref="Outputs"/> makes
/// them planned outputs.
/// </summary>
public static class PagePlanner
{
    /// <summary>The output plan's pages: each page job of the context, rendered by its session.</summary>
    public static IEnumerable<PlannedOutput> Outputs(PlanContext context, IReadOnlyList<PlannedOutput> plannedBefore)
    {
        ArgumentNullException.ThrowIfNull(context);
        var renderer = new SiteRenderer(context.Session);
        return context.Pages.Select(job => Output(job, () => renderer.RenderUtf8(job)));
    }

    /// <summary>A page job as a planned output: at its index.html, with its alternates and dependencies.</summary>
    public static PlannedOutput Output(PageJob job, Func<byte[]?> render)
    {
        ArgumentNullException.ThrowIfNull(job);
        return new PlannedOutput(SitePaths.FileOf(job.Path), OutputFormat.Html, render)
        {
            Language = job.Lang,
            Url = job.Path,
            Alternates = job.Alternates,
            DependsOn = job.DependsOn,
            InSitemap = job.InSitemap && OutputFormat.Html.InSitemap && SitemapRenderer.IsListed(job.Path),
        };
    }

    public static IReadOnlyList<PageJob> Plan(SiteModel site, DateTimeOffset now, Dependencies.Index? dependencies = null)
    {
        var deps = dependencies ?? new Dependencies.Index(site);
        var jobs = new List<PageJob>();
        var languages = site.Languages;

        // A page is the same page in every language: its jobs share one set of alternates (at 5,000 items, 70,000
        // dictionaries and their paths made once per language held 24 MB, a sixth of the plan).
        var alternates = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        IReadOnlyDictionary<string, string> Same(Func<string, string> path)
        {
            var first = path(languages[0]);
            if (!alternates.TryGetValue(first, out var same)) alternates[first] = same = languages.ToDictionary(l => l, path, StringComparer.Ordinal);
            return same;
        }

        foreach (var lang in languages)
        {
            jobs.Add(new PageJob(SitePaths.Home(lang), lang, "home.html", Same(SitePaths.Home), (ctx, views) => Home(site, ctx, views, now))
            {
                DependsOn = Dependencies.Of(Dependencies.AllEvents, Dependencies.AllArticles),
            });
            jobs.Add(new PageJob(SitePaths.Events(lang), lang, "events.html", Same(SitePaths.Events), (ctx, views) => new()
            {
                ["page"] = Simple(ctx, "events", ctx.T("events")),
                ["years"] = Years(site, ctx, views).OrderByDescending(y => y.Year).ToList(),
            })
            { DependsOn = Dependencies.Of(Dependencies.AllEvents) });

            foreach (var year in site.Events.Select(e => e.Start.Date.Year).Distinct())
            {
                jobs.Add(new PageJob(SitePaths.Year(lang, year), lang, "year.html", Same(l => SitePaths.Year(l, year)), (ctx, views) => new()
                {
                    ["page"] = Simple(ctx, "year", ctx.T("events_in_year", ("year", year.ToString(CultureInfo.InvariantCulture)))),
                    ["year"] = Years(site, ctx, views).First(y => y.Year == year) with { Wheel = WheelBuilder.Build(ctx, views, year, site.Events) },
                })
                { DependsOn = Dependencies.Of(Dependencies.AllEvents) });
            }

            foreach (var series in site.Events.Where(e => e.Series is not null).GroupBy(e => e.Series!))
            {
                var slug = SitePaths.SeriesSlug(series.Key);
                jobs.Add(new PageJob(SitePaths.Series(lang, slug), lang, "series.html", Same(l => SitePaths.Series(l, slug)), (ctx, views) => new()
                {
                    ["page"] = Simple(ctx, "series", series.Key),
                    ["series_title"] = series.Key,
                    ["years"] = Years(site, ctx, views, series, wheels: true).OrderByDescending(y => y.Year).ToList(),
                })
                { DependsOn = Dependencies.Of(Dependencies.AllEvents) });
            }

            foreach (var ev in site.Events)
            {
                jobs.Add(new PageJob(SitePaths.Event(lang, ev), lang, "event.html", Same(l => SitePaths.Event(l, ev)), (ctx, views) =>
                {
                    var view = views.Event(ev);
                    var text = ev.Text.In(ctx.Lang);
                    return new()
                    {
                        ["page"] = Content(ctx, "event", view.Title, text.Value.Summary, text.ContentLanguage, text.IsFallback) with { OgType = "event", JsonLd = EventJsonLd.ForEvent(ev, ctx.Lang, ctx.Session.Options) },
                        ["event"] = view,
                    };
                })
                { DependsOn = deps.Of(ev) });

                // A big programme of several days: a page per day, the event page lists the days.
                var programme = Schedule.Programme.For(ev);
                foreach (var day in programme.HasDayPages ? programme.Days : [])
                {
                    var date = day.Date;
                    jobs.Add(new PageJob(SitePaths.ProgrammeDay(lang, ev, date), lang, "day.html", Same(l => SitePaths.ProgrammeDay(l, ev, date)), (ctx, views) =>
                    {
                        var summary = views.EventSummary(ev);
                        var dayTitle = ctx.Dates.LongDate(date);
                        return new()
                        {
                            ["page"] = Content(ctx, "day", $"{summary.Title}: {dayTitle}", ev.Text.In(ctx.Lang).Value.Summary, summary.ContentLang, ev.Text.In(ctx.Lang).IsFallback),
                            ["event"] = summary,
                            ["day_title"] = dayTitle,
                            ["programme"] = views.Programme(ev, date),
                        };
                    })
                    { DependsOn = deps.Of(ev) });
                }

                // The programme on paper: a page of its own, canonical to the event page and so not in the sitemap.
                if (ViewFactory.HasPrintProgramme(ev))
                {
                    jobs.Add(new PageJob(SitePaths.PrintProgramme(lang, ev), lang, "print.html", Same(l => SitePaths.PrintProgramme(l, ev)), (ctx, views) =>
                    {
                        var summary = views.EventSummary(ev);
                        var text = ev.Text.In(ctx.Lang);
                        return new()
                        {
                            ["page"] = Content(ctx, "print", $"{summary.Title} – {ctx.T("programme")}", text.Value.Summary, text.ContentLanguage, text.IsFallback)
                                with
                            { CanonicalUrl = ctx.Session.Options.AbsoluteUrl(SitePaths.Event(ctx.Lang, ev)) },
                            ["print"] = views.Print(ev),
                            ["print_css_url"] = ctx.Url("css/print.css"),
                        };
                    })
                    { DependsOn = deps.Of(ev), InSitemap = false, WithLayout = false });
                }

                foreach (var item in ev.AllItems.Where(i => i.HasPage))
                {
                    jobs.Add(new PageJob(SitePaths.Item(lang, item), lang, "item.html", Same(l => SitePaths.Item(l, item)), (ctx, views) =>
                    {
                        var view = views.Item(item, withDescription: true);
                        var text = item.Text.In(ctx.Lang);
                        var description = text.Value.Description is { } d ? Markdown.MarkdownPlainText.Excerpt(ctx.Session.PlainText(d), 200) : null;
                        return new()
                        {
                            ["page"] = Content(ctx, "item", view.Title, description, text.ContentLanguage, text.IsFallback, note: !item.IsWrittenInItsLanguage) with { OgType = "event", JsonLd = EventJsonLd.ForItem(item, ctx.Lang, ctx.Session.Options, description) },
                            ["item"] = view,
                            ["event"] = views.EventSummary(ev),
                        };
                    })
                    { DependsOn = deps.Of(item) });
                }
            }

            jobs.Add(new PageJob(SitePaths.Speakers(lang), lang, "speakers.html", Same(SitePaths.Speakers), (ctx, views) => new()
            {
                ["page"] = Simple(ctx, "speakers", ctx.T("speakers")),
                ["people"] = site.People.Values.OrderBy(p => p.Name, StringComparer.Create(ctx.Dates.Culture, false)).Select(p => views.Person(p, withDetails: false)).ToList(),
            })
            { DependsOn = Dependencies.Of(Dependencies.AllPeople) });

            foreach (var person in site.People.Values)
            {
                jobs.Add(new PageJob(SitePaths.Speaker(lang, person), lang, "speaker.html", Same(l => SitePaths.Speaker(l, person)), (ctx, views) =>
                {
                    var view = views.Person(person, withDetails: true);
                    var description = string.Join(", ", new[] { view.Role, view.Organisation }.Where(s => !string.IsNullOrEmpty(s)));
                    return new()
                    {
                        ["page"] = Simple(ctx, "speaker", person.Name) with { Description = description.Length > 0 ? description : null, OgType = "profile" },
                        ["person"] = view,
                    };
                })
                { DependsOn = deps.Of(person) });
            }

            jobs.Add(new PageJob(SitePaths.News(lang), lang, "news.html", Same(SitePaths.News), (ctx, views) => new()
            {
                ["page"] = Simple(ctx, "news", ctx.T("news")),
                ["articles"] = site.Articles.Select(a => views.Article(a, withBody: false)).ToList(),
            })
            { DependsOn = Dependencies.Of(Dependencies.AllArticles) });

            foreach (var article in site.Articles)
            {
                jobs.Add(new PageJob(SitePaths.Article(lang, article), lang, "article.html", Same(l => SitePaths.Article(l, article)), (ctx, views) =>
                {
                    var text = article.Text.In(ctx.Lang);
                    var view = views.Article(article, withBody: true);
                    return new()
                    {
                        ["page"] = Content(ctx, "article", view.Title, text.Value.Summary, text.ContentLanguage, text.IsFallback) with { OgType = "article" },
                        ["article"] = view,
                    };
                })
                { DependsOn = deps.Of(article) });
            }

            foreach (var free in site.Pages)
            {
                jobs.Add(new PageJob(SitePaths.Page(lang, free), lang, "page.html", Same(l => SitePaths.Page(l, free)), (ctx, views) =>
                {
                    var text = free.Text.In(ctx.Lang);
                    return new()
                    {
                        ["page"] = Content(ctx, "page", text.Value.Title, text.Value.Summary, text.ContentLanguage, text.IsFallback)
                            with
                        { Body = views.Markdown(text.Value.Body, text.ContentLanguage) },
                    };
                }));
            }

            // Not in the sitemap: the page is the same explanation in every language until a reader's own stars fill
            // it in the browser, so a search engine would index an empty list (and a shared selection is in the
            // URL's fragment, which crawlers drop). Every starrable item of the site is in it, so it depends on all.
            jobs.Add(new PageJob(SitePaths.My(lang), lang, "my.html", Same(SitePaths.My), (ctx, views) => new()
            {
                ["page"] = Simple(ctx, "my", ctx.T("my_programme")) with { Description = ctx.T("my_intro") },
                ["my"] = MyProgramme(site, ctx, views),
            })
            {
                DependsOn = deps.OfEveryEvent(),
                InSitemap = false,
            });

            jobs.Add(new PageJob(SitePaths.NotFound(lang), lang, "404.html", Same(SitePaths.NotFound),
                (ctx, _) => new() { ["page"] = Simple(ctx, "404", ctx.T("page_not_found")) }, AbsoluteLinks: true));
        }

        var defaultLanguage = site.Options.DefaultLanguage;
        jobs.Add(new PageJob("", defaultLanguage, "root.html", Same(SitePaths.Home),
            (ctx, _) => new() { ["page"] = Simple(ctx, "root", site.Options.TitleIn(defaultLanguage)) }, WithLayout: false));
        jobs.Add(new PageJob("404.html", defaultLanguage, "404.html", Same(SitePaths.NotFound),
            (ctx, _) => new() { ["page"] = Simple(ctx, "404", ctx.T("page_not_found")) }, AbsoluteLinks: true));
        return jobs;
    }

    private static Dictionary<string, object?> Home(SiteModel site, PageContext ctx, ViewFactory views, DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, site.Options.TimeZone).DateTime);
        var upcoming = site.Events.Where(e => e.EndDate >= today).Take(5).Select(views.EventSummary).ToList();
        var years = Years(site, ctx, views);
        // The current year's wheel, else the nearest year that has events.
        var year = years.OrderBy(y => Math.Abs(y.Year - today.Year)).ThenByDescending(y => y.Year).FirstOrDefault();
        if (year is not null) year = year with { Wheel = WheelBuilder.Build(ctx, views, year.Year, site.Events) };
        return new()
        {
            ["page"] = Simple(ctx, "home", site.Options.TitleIn(ctx.Lang)) with { Description = site.Options.DescriptionIn(ctx.Lang) },
            ["upcoming"] = upcoming,
            ["articles"] = site.Articles.Take(3).Select(a => views.Article(a, withBody: false)).ToList(),
            ["year"] = year,
        };
    }

    /// <summary>The entries of one event's items on "my programme".</summary>
    public const string MyItemsPartial = "partials/my-items.html";

    private static readonly IReadOnlyDictionary<string, object?> NoGlobals = new Dictionary<string, object?>();

    /// <summary>Every item with a calendar file, as entries the page's script picks the starred ones from, and each programme's calendar.</summary>
    private static MyProgrammeView MyProgramme(SiteModel site, PageContext ctx, ViewFactory views) => new()
    {
        Host = site.Options.BaseUrl.IdnHost,
        Events = site.Events.Select(e =>
        {
            var summary = views.EventSummary(e);
            return new MyEventView
            {
                Title = summary.Title,
                ContentLang = summary.ContentLang,
                DateText = summary.DateText,
                Url = summary.Url,
                CalendarUrl = Calendar.CalendarBuilder.HasProgrammeCalendar(e) ? ctx.Url(SitePaths.ProgrammeCalendar(ctx.Lang, e)) : null,
                HasItems = e.AllItems.Any(Calendar.CalendarBuilder.HasItemCalendar),
                MakeItems = () =>
                {
                    EventFragments.ReadOutsideFragments();
                    return Items();
                },
                MakeItemsHtml = () => ctx.Session.Fragments.Get(e, ctx.Lang, () => new TrustedHtml(
                    ctx.Session.Renderer.RenderWithoutLayout(MyItemsPartial, new Dictionary<string, object?> { ["items"] = Items() }, NoGlobals))),
            };

            IReadOnlyList<MyItemView> Items() => e.AllItems.Where(Calendar.CalendarBuilder.HasItemCalendar).Select(views.MyItem).ToList();
        }).ToList(),
    };

    private static List<YearView> Years(SiteModel site, PageContext ctx, ViewFactory views, IEnumerable<Event>? events = null, bool wheels = false) =>
        (events ?? site.Events)
            .GroupBy(e => e.Start.Date.Year)
            .OrderBy(g => g.Key)
            .Select(g => new YearView(
                g.Key,
                ctx.T("events_in_year", ("year", g.Key.ToString(CultureInfo.InvariantCulture))),
                ctx.Url(SitePaths.Year(ctx.Lang, g.Key)),
                g.Select(views.EventSummary).ToList(),
                Wheel: wheels ? WheelBuilder.Build(ctx, views, g.Key, g) : null))
            .ToList();

    /// <summary>A page whose texts are all UI strings: always in the page's language.</summary>
    private static PageView Simple(PageContext ctx, string kind, string title) =>
        Content(ctx, kind, title, null, ctx.Lang, false);

    /// <param name="note">False for a text that is in another language by design (an item given in the language it is written in).</param>
    private static PageView Content(PageContext ctx, string kind, string title, string? description, string contentLang, bool isFallback, bool note = true)
    {
        var siteTitle = ctx.Session.Options.TitleIn(ctx.Lang);
        return new PageView
        {
            Kind = kind,
            Title = title,
            HeadTitle = title == siteTitle ? siteTitle : $"{title} – {siteTitle}",
            Lang = ctx.Lang,
            ContentLang = contentLang,
            IsFallback = isFallback,
            FallbackNote = isFallback && note ? ctx.T("fallback_note", ("language", ctx.LanguageName(contentLang))) : null,
            Description = description ?? ctx.Session.Options.DescriptionIn(ctx.Lang),
            CanonicalUrl = ctx.Session.Options.AbsoluteUrl(ctx.Path),
            OgType = "website",
        };
    }
}
