namespace Arshjul.Site.BrowserTests.Support;

/// <summary>What a covered page is, for the checks that depend on it.</summary>
public enum PageKind
{
    Home,
    Year,
    Event,
    Item,
    Speaker,
    Article,
    Page,
    /// <summary>A list of one kind of page: events, speakers, news.</summary>
    List,
    /// <summary>A series page with its annual wheel.</summary>
    Series,
    My,
    NotFound,
}

/// <summary>A page of the example site checked in every language; <see cref="Path"/> is "/{lang}/…".</summary>
public sealed record CoveredPage(string Name, string PathPattern, PageKind Kind, string? CalendarFile = null)
{
    public string Path(string lang) => PathPattern.Replace("{lang}", lang, StringComparison.Ordinal);

    /// <summary>The path of the page the server answers with: the language's 404 page for an unknown path.</summary>
    public string ServedPath(string lang) => Kind == PageKind.NotFound ? $"/{lang}/404.html" : Path(lang);

    public int ExpectedStatus => Kind == PageKind.NotFound ? 404 : 200;

    /// <summary>The path the language switcher of this page must lead to in <paramref name="lang"/>.</summary>
    public string SwitcherTarget(string lang) => Kind == PageKind.NotFound ? $"/{lang}/404.html" : Path(lang);

    public override string ToString() => Name;
}

public static class CoveredPages
{
    public static readonly IReadOnlyList<CoveredPage> All =
    [
        new("home", "/{lang}/", PageKind.Home),
        new("year-2024", "/{lang}/events/2024/", PageKind.Year),
        new("event-2017-verksted", "/{lang}/events/2017-verksted-regional-utvikling/", PageKind.Event, "2017-verksted-regional-utvikling.ics"),
        new("event-2018-reglab", "/{lang}/events/2018-reglab-arskonferens/", PageKind.Event, "2018-reglab-arskonferens.ics"),
        new("item-tillbaka-till-framtiden", "/{lang}/events/2018-reglab-arskonferens/tillbaka-till-framtiden/", PageKind.Item, "tillbaka-till-framtiden.ics"),
        new("speaker-kjell-nilsson", "/{lang}/speakers/kjell-nilsson/", PageKind.Speaker),
        new("article-projektinternat", "/{lang}/news/2023-02-10-projektinternat-i-orebro/", PageKind.Article),
        new("accessibility", "/{lang}/tillganglighet/", PageKind.Page),
        new("events", "/{lang}/events/", PageKind.List),
        new("speakers", "/{lang}/speakers/", PageKind.List),
        new("news", "/{lang}/news/", PageKind.List),
        new("series-arshjul", "/{lang}/series/varmlandsstrategins-arshjul/", PageKind.Series),
        new("my-programme", "/{lang}/my/", PageKind.My),
        new("not-found", "/{lang}/does-not-exist/", PageKind.NotFound),
    ];

    /// <summary>Every covered page in every language, as (lang, page).</summary>
    public static IEnumerable<(string Lang, CoveredPage Page)> InEveryLanguage() =>
        from lang in SiteFixture.Languages
        from page in All
        select (lang, page);

    /// <summary>
    /// The covered pages a check opens in <paramref name="viewport"/>: every one with JavaScript on; with it off, those
    /// whose built HTML runs a script. A page without one is the same page with JavaScript off, and was checked with it on.
    /// </summary>
    public static IReadOnlyList<(string Lang, CoveredPage Page)> For(Viewport viewport, string outputDir) =>
        viewport.JavaScript
            ? [.. InEveryLanguage()]
            : [.. InEveryLanguage().Where(p => SitePages.RunsScripts(outputDir, p.Page.ServedPath(p.Lang)))];
}
