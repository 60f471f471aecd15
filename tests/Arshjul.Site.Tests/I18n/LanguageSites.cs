using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Arshjul.Site.Build;
using Arshjul.Site.Tests.Support;

namespace Arshjul.Site.Tests.I18n;

/// <summary>
/// Small sites in any languages with the default theme: every page kind, texts in the first language only (so the
/// others fall back, marked), one translated event, a talk written and given in English, a talk given in German,
/// a person whose role is translated. And the key-leak scan the language tests run over every page.
/// </summary>
internal static partial class LanguageSites
{
    public static readonly DateTimeOffset Now = new(2024, 2, 1, 12, 0, 0, TimeSpan.Zero);

    public static TestSite Write(params string[] languages)
    {
        var first = languages[0];
        var second = languages.Length > 1 ? languages[1] : null;
        var site = new TestSite($"title: Nordens möten\nbaseUrl: https://example.org/\nlanguages: [{string.Join(", ", languages)}]\ntimeZone: Europe/Stockholm\n");
        site.Write($"content/events/natverk/index.{first}.md", """
            ---
            title: Nätverksträff
            kind: conference
            start: 2024-03-08T09:30
            end: 2024-03-08T16:00
            location: { name: Folkets hus, city: Umeå }
            organisers: [Region Västerbotten]
            audience: Alla som arbetar med regional utveckling
            registration: { url: "https://example.org/anmalan", closes: 2024-03-01 }
            status: tentative
            rooms: [Sal A, Sal B]
            schedule:
              - time: "09.30"
                title: Välkomna
                kind: registration
              - time: "12.00"
                title: Lunch
                kind: lunch
                duration: 1h
            ---
            En dag om regional utveckling i Norden.

            ## Mer om dagen

            Programmet nedan.
            """);
        if (second is not null)
        {
            site.Write($"content/events/natverk/index.{second}.md", "---\ntitle: Netværksmøde\n---\nEn dag om regional udvikling.\n");
        }

        // A talk written in the language it is given in: English where the site has it, else its last language.
        var talk = languages.Contains("en") ? "en" : languages[^1];
        site.Write($"content/events/natverk/sessions/nordic-talk.{talk}.md", $"""
            ---
            title: The Nordic region in numbers
            start: 2024-03-08T10:00
            duration: 45m
            room: Sal A
            kind: talk
            language: {talk}
            speakers: [kari-nordmann]
            ---
            A talk on what the figures say.
            """);
        site.Write($"content/events/natverk/sessions/tysk.{first}.md", """
            ---
            title: Erfarenheter från Schleswig-Holstein
            start: 2024-03-08T10:00
            duration: 45m
            room: Sal B
            kind: workshop
            language: de
            moderators: [{ name: Jens Hansen, organisation: Region Syddanmark }]
            status: cancelled
            ---
            En workshop på tyska.
            """);
        site.Write("content/speakers/kari-nordmann.md", "---\nname: Kari Nordmann\norganisation: Nordregio\nrole: forskare\n---\nKari forskar om regioner.\n");
        if (languages.Contains("en") && first != "en") site.Write("content/speakers/kari-nordmann.en.md", "---\nrole: Researcher\n---\nKari studies regions.\n");
        site.Write($"content/news/2024-01-15-nytt-program.{first}.md", "---\ntitle: Nytt program\nevents: [natverk]\nsummary: Programmet är klart.\n---\nProgrammet för nätverksträffen är klart.\n");
        site.Write($"content/pages/tillganglighet.{first}.md", "---\ntitle: Tillgänglighet\n---\n## Hur tillgänglig är webbplatsen?\n\nText.\n");
        return site;
    }

    public static BuildResult Build(TestSite site) =>
        SiteBuilder.Build(new BuildRequest { Source = site.Root, WriteOutput = false, Now = Now });

    public static IHtmlDocument Page(BuildResult result, string path) =>
        new HtmlParser().ParseDocument(Encoding.UTF8.GetString(result.Files.Single(f => f.Path == path).Content));

    public static IEnumerable<string> HtmlPages(BuildResult result) =>
        result.Files.Select(f => f.Path).Where(p => p.EndsWith(".html", StringComparison.Ordinal)).Order(StringComparer.Ordinal);

    /// <summary>
    /// Key-like strings ("language_de", "kind_group_work") in what a reader gets of a page: its visible text, its
    /// title, and the attributes that are read out or shown (alt, title, aria-label, the meta description).
    /// </summary>
    public static IReadOnlyList<string> KeyLeaks(IHtmlDocument document)
    {
        foreach (var hidden in document.QuerySelectorAll("script, style").ToList()) hidden.Remove();
        // Text node by text node: adjacent blocks ("…language_de</p><p>Hålls…") must not run into one word.
        var texts = new List<string> { document.Title ?? "" };
        if (document.Body is { } body) texts.AddRange(body.Descendants<IText>().Select(t => t.Data));
        foreach (var element in document.All)
        {
            foreach (var name in new[] { "alt", "title", "aria-label", "placeholder" })
            {
                if (element.GetAttribute(name) is { } value) texts.Add(value);
            }
        }

        texts.AddRange(document.QuerySelectorAll("meta[name=description], meta[property^='og:']").Select(m => m.GetAttribute("content") ?? ""));
        return texts.SelectMany(t => KeyPattern().Matches(t).Select(m => m.Value)).Distinct(StringComparer.Ordinal).ToList();
    }

    [GeneratedRegex(@"(?<![\p{L}\d_./:-])[a-z]+_[a-z_]+(?![\p{L}\d_./-])")]
    private static partial Regex KeyPattern();
}
