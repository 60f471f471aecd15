using System.Globalization;
using System.Text;

namespace Arshjul.Site.Tests.Support;

/// <summary>
/// A big congress written as a site: one 4-day event with <c>items</c> session files in
/// <c>rooms</c> rooms, in Swedish with English translations for every other item, speakers with
/// bios, Markdown descriptions that share heading names (as real programmes do), a summary each, every fourth given in English, and a night
/// programme until 06:00 that belongs to the day before (the event's <c>dayChange</c>). The same
/// arguments write the same bytes.
/// </summary>
public static class CongressSite
{
    private const string Slug = "kongress";
    private static readonly DateOnly FirstDay = new(2025, 9, 1);
    private const int Days = 4;

    // Day slots 09:00–22:00 every hour, then night slots 23:00–05:00 that stay on the same programme day.
    private static readonly int[] Hours = [9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 0, 1, 2, 3, 4, 5];

    private static readonly string[] Topics =
    [
        "Regional utveckling", "Kollektivtrafik på landsbygden", "Kompetensförsörjning", "Klimatanpassning",
        "Digital infrastruktur", "Besöksnäring", "Vård nära invånaren", "Skog och bioekonomi", "Kulturarv",
        "Ungas inflytande", "Energiomställning", "Bostäder i glesbygd",
    ];

    private static readonly string[] First = ["Anna", "Erik", "Karin", "Lars", "Maria", "Johan", "Eva", "Per", "Sara", "Ola", "Ingrid", "Nils"];

    private static readonly string[] Last = ["Andersson", "Berg", "Lindqvist", "Nyström", "Holm", "Sandberg", "Ek", "Strand", "Dahl", "Lund"];

    /// <summary>Writes the congress and its site.yml into the folder <paramref name="root"/> (the tests' TestSite, the bench's work folder).</summary>
    public static void WriteTo(string root, int items = 1_500, int rooms = 90, int people = 120)
    {
        var site = new Writer(root);
        site.Write("site.yml", SiteYml);
        var persons = Enumerable.Range(0, people).Select(i => (Slug: $"person-{i + 1}", Name: $"{First[i % First.Length]} {Last[i / First.Length % Last.Length]}")).ToList();
        foreach (var (slug, name) in persons)
        {
            site.Write($"content/speakers/{slug}.md", $"---\nname: {name}\norganisation: Region Värmland\n---\n{name} arbetar med regional utveckling.\n\n## Mer\n\nSe [programmet](/sv/events/{Slug}/).\n");
        }

        var roomNames = Enumerable.Range(1, rooms).Select(r => "Sal " + r.ToString(CultureInfo.InvariantCulture)).ToList();
        site.Write($"content/events/{Slug}/index.sv.md", $"""
            ---
            title: Stora kongressen
            kind: conference
            start: {Iso(FirstDay.ToDateTime(new TimeOnly(9, 0)))}
            end: {Iso(FirstDay.AddDays(Days).ToDateTime(new TimeOnly(6, 0)))}
            dayChange: "06:00"
            location: {"{"} name: Karlstad CCC, city: Karlstad {"}"}
            summary: Fyra dagar om regional utveckling.
            ---
            Välkommen till kongressen.

            ## Mer

            Läs [mer om kongressen](#mer) och [nuläget](#nuläge).

            ## Nuläge

            Anmälan är öppen.
            """);
        site.Write($"content/events/{Slug}/index.en.md", """
            ---
            title: The big congress
            summary: Four days on regional development.
            ---
            Welcome to the congress.

            ## Mer

            Read [more](#mer).
            """);

        var cells = Days * Hours.Length * rooms;
        for (var i = 0; i < items; i++)
        {
            var cell = (int)((long)i * cells / items);
            var day = cell / (Hours.Length * rooms);
            var hour = Hours[cell / rooms % Hours.Length];
            var room = roomNames[cell % rooms];
            var date = FirstDay.AddDays(day + (hour < 6 ? 1 : 0));
            var topic = Topics[i % Topics.Length];
            var title = $"{topic} {i + 1}";
            var speakers = string.Join(", ", Enumerable.Range(0, 1 + (i % 3)).Select(k => persons[(i * 7 + k * 13) % people].Slug));
            var slug = "pass-" + (i + 1).ToString(CultureInfo.InvariantCulture);
            var body = new StringBuilder();
            body.Append("---\ntitle: ").Append(title).Append('\n')
                .Append("start: ").Append(Iso(date.ToDateTime(new TimeOnly(hour, 0)))).Append('\n')
                .Append("duration: 45m\n")
                .Append("room: ").Append(room).Append('\n')
                .Append("kind: ").Append(i % 5 == 0 ? "workshop" : "talk").Append('\n')
                .Append("summary: Om ").Append(topic.ToLowerInvariant()).Append(", pass ").Append(i + 1).Append(".\n")
                .Append(i % 4 == 0 ? "language: en\n" : "")
                .Append("speakers: [").Append(speakers).Append("]\n")
                .Append("---\n")
                .Append("Ett pass om ").Append(topic.ToLowerInvariant()).Append(" i ").Append(room).Append(".\n\n")
                .Append("## Mer\n\nSe [mer](#mer) och [programmet](../index.sv.md).\n\n")
                .Append("## Nuläge\n\n- en punkt\n- *en till*\n");
            site.Write($"content/events/{Slug}/sessions/{slug}.sv.md", body.ToString());
            if (i % 2 == 0)
            {
                site.Write($"content/events/{Slug}/sessions/{slug}.en.md", $"---\ntitle: {topic} (in English) {i + 1}\n---\nA session.\n\n## More\n\nSee [more](#more).\n");
            }
        }
    }

    /// <summary>The site.yml for the congress: Swedish and English.</summary>
    public const string SiteYml = """
        title:
          sv: Kongressen
          en: The congress
        baseUrl: https://example.org/
        languages: [sv, en]
        timeZone: Europe/Stockholm
        """;

    private sealed class Writer(string root)
    {
        public void Write(string relativePath, string text)
        {
            var full = Path.Combine(root, relativePath.Replace('/', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text.ReplaceLineEndings("\n"));
        }
    }

    private static string Iso(DateTime value) => value.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);
}
