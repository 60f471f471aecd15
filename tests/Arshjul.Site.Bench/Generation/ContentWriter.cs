using System.Globalization;
using System.Text;

namespace Arshjul.Site.Bench.Generation;

/// <summary>Turns the plans into content files: site.yml, speakers, events with sessions, news and pages.</summary>
internal sealed class ContentWriter(SiteFileWriter writer, IReadOnlyList<string> languages, List<EventPlan> plans, IReadOnlyList<PersonPlan> people)
{
    /// <summary>
    /// Session translations also set their source's facts (kind, start, duration, speakers), as sites converted
    /// from other tools do, but with other values, so each is a warning (a repeated equal value is silent):
    /// the site for issue 20's point 3, what warnings cost. The pages are the same.
    /// </summary>
    public bool RepeatKeys { get; init; }

    // The smallest file a PDF reader opens: enough for a placeholder.
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes(
        "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n" +
        "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");

    private string DefaultLang => languages[0];

    public void SiteYml()
    {
        var text = new StringBuilder();
        text.Append("title:\n");
        foreach (var lang in languages) text.Append("  ").Append(lang).Append(": ").Append(Q(Localised(lang, "Regionala mötesplatser", "Regionale møteplasser", "Regional meeting places"))).Append('\n');
        text.Append("baseUrl: https://bench.example.org/\n");
        text.Append("languages: [").Append(string.Join(", ", languages)).Append("]\n");
        text.Append("timeZone: Europe/Stockholm\ntheme: default\ndayChange: \"04:00\"\nmarkdown:\n  unsafe: false\n");
        writer.Text("site.yml", text.ToString());
    }

    public void People(BenchRandom rng)
    {
        foreach (var person in people)
        {
            var lang = person.Norwegian && languages.Contains("nb") ? "nb" : DefaultLang;
            var ev = rng.Pick(plans);
            var text = new StringBuilder("---\n");
            text.Append("name: ").Append(Q(person.Name)).Append('\n');
            text.Append("organisation: ").Append(Q(person.Organisation)).Append('\n');
            text.Append("role: ").Append(Q(person.Role)).Append('\n');
            if (rng.Chance(0.3))
            {
                text.Append("links:\n  - { title: LinkedIn, url: \"https://www.linkedin.com/in/").Append(person.Slug).Append("\" }\n");
            }

            text.Append("---\n");
            text.Append(person.Name).Append(Localised(lang, " arbetar som ", " jobber som ", " works as ")).Append(person.Role)
                .Append(Localised(lang, " på ", " i ", " at ")).Append(person.Organisation).Append(". ")
                .Append(MarkdownBodies.Sentences(rng, lang, rng.Between(1, 3)))
                .Append(' ').Append(Localised(lang, "Medverkar på", "Deltar på", "Takes part in")).Append(" [").Append(ev.Title(lang))
                .Append("](/").Append(lang).Append("/events/").Append(ev.Slug).Append("/).\n");
            writer.Text($"content/speakers/{person.Slug}.md", text.ToString());

            if (languages.Contains("en") && rng.Chance(0.3))
            {
                writer.Text($"content/speakers/{person.Slug}.en.md",
                    $"---\norganisation: {Q(person.Organisation)}\n---\n{person.Name} works at {person.Organisation}. {MarkdownBodies.Sentences(rng, "en", 2)}\n");
            }
        }
    }

    public void Events(BenchRandom rng)
    {
        foreach (var plan in plans)
        {
            var folder = $"content/events/{plan.Slug}";
            writer.Text($"{folder}/{plan.IndexFile}", EventSource(rng, plan));
            if (plan.Translated)
            {
                foreach (var lang in TranslationsOf(plan.SourceLang)) writer.Text($"{folder}/index.{lang}.md", EventTranslation(rng, plan, lang));
            }

            foreach (var item in plan.Items)
            {
                writer.Text($"{folder}/sessions/{item.Slug}.{plan.SourceLang}.md", ItemSource(rng, plan, item));
                for (var m = 1; m <= item.Materials; m++) writer.Binary($"static/material/{plan.Slug}/{item.Slug}-{m}.pdf", Pdf);
                if (!item.Translated) continue;
                foreach (var lang in TranslationsOf(plan.SourceLang))
                {
                    writer.Text($"{folder}/sessions/{item.Slug}.{lang}.md",
                        $"---\ntitle: {Q(item.Title(lang))}\n{(RepeatKeys ? RepeatedFacts(item) : "")}---\n{ItemBody(rng, plan, item, lang)}");
                }
            }
        }
    }

    public void News(BenchRandom rng)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var plan in plans)
        {
            var date = plan.Start.AddDays(-rng.Between(14, 60));
            var slug = Slugs.Unique($"{SiteGenerator.Iso(date)}-{plan.Slug[5..]}", taken);
            var lang = plan.SourceLang;
            var translated = rng.Chance(0.5);
            foreach (var l in translated ? [lang, .. TranslationsOf(lang)] : new[] { lang })
            {
                var title = Localised(l, "Välkommen till ", "Velkommen til ", "Welcome to ") + plan.Title(l);
                var text = new StringBuilder("---\n");
                text.Append("title: ").Append(Q(title)).Append('\n');
                text.Append("summary: ").Append(Q(MarkdownBodies.Sentences(rng, l, 1))).Append('\n');
                if (l == lang) text.Append("events: [").Append(plan.Slug).Append("]\n");
                text.Append("---\n");
                var other = rng.Pick(plans);
                text.Append(MarkdownBodies.Body(rng, l, ($"/{l}/events/{plan.Slug}/", plan.Title(l)), ($"../events/{other.Slug}/{other.IndexFile}", other.Title(l)), longForm: false));
                writer.Text($"content/news/{slug}.{l}.md", text.ToString());
            }
        }
    }

    public void Pages(BenchRandom rng)
    {
        foreach (var lang in languages)
        {
            writer.Text($"content/pages/om.{lang}.md",
                $"---\ntitle: {Q(Localised(lang, "Om webbplatsen", "Om nettstedet", "About this site"))}\n---\n{MarkdownBodies.Sentences(rng, lang, 4)}\n");
            writer.Text($"content/pages/tillganglighet.{lang}.md",
                $"---\ntitle: {Q(Localised(lang, "Tillgänglighet", "Tilgjengelighet", "Accessibility"))}\n---\n{MarkdownBodies.Sentences(rng, lang, 3)}\n");
        }
    }

    private string EventSource(BenchRandom rng, EventPlan plan)
    {
        var lang = plan.SourceLang;
        var text = new StringBuilder("---\n");
        text.Append("title: ").Append(Q(plan.Title(lang))).Append('\n');
        text.Append("kind: ").Append(plan.Kind).Append('\n');
        text.Append("start: ").Append(SiteGenerator.Iso(plan.Start.ToDateTime(new TimeOnly(8, 30)))).Append('\n');
        text.Append("end: ").Append(SiteGenerator.Iso(plan.Start.AddDays(plan.Days - 1).ToDateTime(new TimeOnly(17, 0)))).Append('\n');
        if (plan.Venue.Norwegian) text.Append("timeZone: Europe/Oslo\n");
        if (plan.Series is { } series) text.Append("series: ").Append(Q(series)).Append('\n');
        if (plan.Online)
        {
            text.Append("location: { name: ").Append(Q(Localised(lang, "Digitalt", "Digitalt", "Online"))).Append(", online: true }\n");
        }
        else
        {
            text.Append("location:\n  name: ").Append(Q(plan.Venue.Venue)).Append("\n  address: ").Append(Q($"Storgatan {rng.Between(1, 60)}"))
                .Append("\n  city: ").Append(Q(plan.Venue.City)).Append('\n');
        }

        text.Append("organisers: [").Append(string.Join(", ", plan.Organisers.Select(Q))).Append("]\n");
        text.Append("audience: ").Append(Q(rng.Pick(TextBank.Audiences).In(lang))).Append('\n');
        switch (rng.Next(4))
        {
            case 0 or 1:
                text.Append("registration:\n  url: https://bench.example.org/anmalan/").Append(plan.Slug)
                    .Append("\n  opens: ").Append(SiteGenerator.Iso(plan.Start.AddDays(-60)))
                    .Append("\n  closes: ").Append(SiteGenerator.Iso(plan.Start.AddDays(-7))).Append('\n');
                break;
            case 2:
                text.Append("registration: ").Append(Q(Localised(lang, "Inbjudan kommer längre fram.", "Invitasjon kommer senere.", "An invitation will follow."))).Append('\n');
                break;
        }

        if (rng.Chance(0.04)) text.Append("status: tentative\n");
        text.Append("summary: ").Append(Q(MarkdownBodies.Sentences(rng, lang, 2))).Append('\n');
        text.Append("tags: [").Append(string.Join(", ", Enumerable.Range(0, rng.Between(1, 3)).Select(_ => rng.Pick(TextBank.Tags)).Distinct())).Append("]\n");
        text.Append("schedule:\n");
        foreach (var entry in plan.Inline)
        {
            text.Append("  - id: ").Append(entry.Id).Append('\n');
            text.Append("    title: ").Append(Q(entry.Title.In(lang))).Append('\n');
            text.Append("    kind: ").Append(entry.Kind).Append('\n');
            if (entry.Day > 1) text.Append("    day: ").Append(entry.Day.ToString(CultureInfo.InvariantCulture)).Append('\n');
            text.Append("    time: \"").Append(entry.Time.ToString("HH'.'mm", CultureInfo.InvariantCulture)).Append("\"\n");
            text.Append("    duration: ").Append(entry.Minutes == 60 ? "1h" : entry.Minutes.ToString(CultureInfo.InvariantCulture) + "m").Append('\n');
            if (entry.Speakers.Count > 0) text.Append("    speakers: [").Append(string.Join(", ", entry.Speakers.Select(s => people[s].Slug))).Append("]\n");
            if (entry.HasDescription) AppendBlock(text, "    description: |\n", "      ", InlineDescription(rng, plan, lang));
        }

        text.Append("---\n");
        text.Append(EventBody(rng, plan, lang));
        return text.ToString();
    }

    private string EventTranslation(BenchRandom rng, EventPlan plan, string lang)
    {
        var text = new StringBuilder("---\n");
        text.Append("title: ").Append(Q(plan.Title(lang))).Append('\n');
        text.Append("summary: ").Append(Q(MarkdownBodies.Sentences(rng, lang, 2))).Append('\n');
        text.Append("schedule:\n");
        foreach (var entry in plan.Inline)
        {
            text.Append("  - id: ").Append(entry.Id).Append('\n');
            text.Append("    title: ").Append(Q(entry.Title.In(lang))).Append('\n');
            if (entry.HasDescription) AppendBlock(text, "    description: |\n", "      ", InlineDescription(rng, plan, lang));
        }

        text.Append("---\n");
        text.Append(EventBody(rng, plan, lang));
        return text.ToString();
    }

    private string EventBody(BenchRandom rng, EventPlan plan, string lang)
    {
        var other = Other(rng, plan);
        var linked = Other(rng, plan);
        return MarkdownBodies.Body(rng, lang, ($"/{lang}/events/{other.Slug}/", other.Title(lang)), ($"../{linked.Slug}/{linked.IndexFile}", linked.Title(lang)), longForm: true);
    }

    private string InlineDescription(BenchRandom rng, EventPlan plan, string lang)
    {
        var other = Other(rng, plan);
        return MarkdownBodies.Body(rng, lang, ($"/{lang}/events/{other.Slug}/", other.Title(lang)), fileLink: null, longForm: false);
    }

    private string ItemSource(BenchRandom rng, EventPlan plan, ItemPlan item)
    {
        var lang = plan.SourceLang;
        var text = new StringBuilder("---\n");
        text.Append("title: ").Append(Q(item.Title(lang))).Append('\n');
        text.Append("kind: ").Append(item.Kind).Append('\n');
        if (item.Start is { } start) text.Append("start: ").Append(SiteGenerator.Iso(start)).Append("\nduration: 45m\n");
        if (item.Room is { } room) text.Append("room: ").Append(Q(room)).Append('\n');
        if (item.Status is { } status) text.Append("status: ").Append(status).Append('\n');
        if (item.Speakers.Count > 0) text.Append("speakers: [").Append(string.Join(", ", item.Speakers.Select(s => people[s].Slug))).Append("]\n");
        if (item.Moderators.Count > 0) text.Append("moderators: [").Append(string.Join(", ", item.Moderators.Select(s => people[s].Slug))).Append("]\n");
        if (item.Materials > 0)
        {
            text.Append("materials:\n");
            for (var m = 1; m <= item.Materials; m++)
            {
                var title = m == 1 ? Localised(lang, "Bilder (PDF)", "Presentasjon (PDF)", "Slides (PDF)") : Localised(lang, "Rapport (PDF)", "Rapport (PDF)", "Report (PDF)");
                text.Append("  - { title: ").Append(Q(title)).Append(", url: /material/").Append(plan.Slug).Append('/').Append(item.Slug).Append('-')
                    .Append(m.ToString(CultureInfo.InvariantCulture)).Append(".pdf }\n");
            }
        }

        text.Append("---\n");
        text.Append(ItemBody(rng, plan, item, lang));
        return text.ToString();
    }

    private string RepeatedFacts(ItemPlan item)
    {
        var text = new StringBuilder("kind: ").Append(item.Kind == "talk" ? "panel" : "talk").Append('\n');
        if (item.Start is { } start) text.Append("start: ").Append(SiteGenerator.Iso(start.AddHours(1))).Append("\nduration: 40m\n");
        if (item.Speakers.Count > 0) text.Append("speakers: [").Append(people[item.Speakers[0]].Slug).Append("]\n");
        return text.ToString();
    }

    private string ItemBody(BenchRandom rng, EventPlan plan, ItemPlan item, string lang)
    {
        var other = Other(rng, plan);
        (string, string)? file = null;
        if (rng.Chance(0.5))
        {
            var linked = Other(rng, plan);
            file = ($"../../{linked.Slug}/{linked.IndexFile}", linked.Title(lang));
        }
        else if (plan.Items.Count > 1)
        {
            var sibling = plan.Items[rng.Next(plan.Items.Count)];
            file = ($"{sibling.Slug}.{plan.SourceLang}.md", sibling.Title(lang));
        }

        var body = MarkdownBodies.Body(rng, lang, ($"/{lang}/events/{other.Slug}/", other.Title(lang)), file, longForm: false);
        return item.Materials > 0 && rng.Chance(0.5)
            ? body + $"\n{Localised(lang, "Ladda ner", "Last ned", "Download")} [{Localised(lang, "bilderna", "presentasjonen", "the slides")}](/material/{plan.Slug}/{item.Slug}-1.pdf).\n"
            : body;
    }

    /// <summary>
    /// The languages a page whose source is in <paramref name="source"/> can be translated into: only
    /// those after it in the site's list, since a file in an earlier language would become the source.
    /// </summary>
    private IEnumerable<string> TranslationsOf(string source) => languages.SkipWhile(l => l != source).Skip(1);

    private EventPlan Other(BenchRandom rng, EventPlan plan)
    {
        var other = rng.Pick(plans);
        return other == plan ? plans[(plans.IndexOf(plan) + 1) % plans.Count] : other;
    }

    private static void AppendBlock(StringBuilder text, string header, string indent, string block)
    {
        text.Append(header);
        foreach (var line in block.TrimEnd('\n').Split('\n'))
        {
            if (line.Length > 0) text.Append(indent).Append(line);
            text.Append('\n');
        }
    }

    private static string Localised(string lang, string sv, string nb, string en) => lang switch { "nb" => nb, "en" => en, _ => sv };

    /// <summary>A YAML double-quoted scalar, so titles with ': ', '#' or a leading '*' stay text.</summary>
    private static string Q(string value) => "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
