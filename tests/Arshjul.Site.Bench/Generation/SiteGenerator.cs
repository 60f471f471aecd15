using System.Globalization;

namespace Arshjul.Site.Bench.Generation;

/// <summary>
/// Writes a synthetic site in the content model's format: events across 2023–2025 with 45-minute
/// sessions in 2–4 rooms over 1–6 days, an inline schedule of registration, breaks, lunch and a
/// morning plenary, speakers with Swedish and Norwegian names, news, free pages, translations for
/// about half of the events and items, and placeholder PDFs. The same arguments write the same bytes.
/// </summary>
public static class SiteGenerator
{
    /// <summary>Session slots of a programme day; each is 45 minutes, in every room.</summary>
    internal static readonly TimeOnly[] Slots =
    [
        new(9, 30), new(10, 15), new(11, 15), new(13, 0), new(13, 45), new(14, 45), new(15, 30), new(16, 15),
    ];

    internal const int InlinePerDay = 5;

    private static readonly string[] DefaultLanguages = ["sv", "nb", "en"];

    public static GeneratedSite Write(string dir, int events, int itemsPerEvent, int people, IReadOnlyList<string>? languages = null, int seed = 1, bool repeatKeys = false)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(events, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(itemsPerEvent, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(people, 4);
        languages ??= DefaultLanguages;
        if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
        Directory.CreateDirectory(dir);

        var rng = new BenchRandom((ulong)seed);
        var persons = PlanPeople(rng.Fork(1), people);
        var plans = EventPlanner.Plan(rng.Fork(2), events, itemsPerEvent, languages);
        new SpeakerAssigner(rng.Fork(3), persons).Assign(plans);

        var writer = new SiteFileWriter(dir);
        var content = new ContentWriter(writer, languages, plans, persons) { RepeatKeys = repeatKeys };
        content.SiteYml();
        content.People(rng.Fork(4));
        content.Events(rng.Fork(5));
        content.News(rng.Fork(6));
        content.Pages(rng.Fork(7));

        var target = plans.Where(p => p.SourceLang == languages[0])
            .SelectMany(p => p.Items.Where(i => i.Start is not null && i.Status is null).Select(i => (Event: p, Item: i)))
            .FirstOrDefault();
        EditTarget? edit = target.Item is null
            ? null
            : new EditTarget(
                Path.Combine(dir, "content", "events", target.Event.Slug, "sessions", $"{target.Item.Slug}.{target.Event.SourceLang}.md"),
                target.Item.Title(target.Event.SourceLang),
                target.Event.SourceLang,
                $"{target.Event.SourceLang}/events/{target.Event.Slug}/{target.Item.Slug}/index.html",
                $"{target.Event.SourceLang}/events/{target.Event.Slug}/{target.Item.Slug}/{target.Item.Slug}.ics");

        return new GeneratedSite(
            dir,
            plans.Count,
            plans.Sum(p => p.Items.Count + p.Inline.Count),
            plans.Sum(p => p.Items.Count),
            persons.Count,
            writer.Files,
            writer.Bytes,
            edit);
    }

    private static List<PersonPlan> PlanPeople(BenchRandom rng, int count)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var people = new List<PersonPlan>(count);
        for (var i = 0; i < count; i++)
        {
            var norwegian = rng.Chance(0.4);
            var first = rng.Pick(norwegian ? NordicNames.NorwegianFirst : NordicNames.SwedishFirst);
            var last = rng.Pick(norwegian ? NordicNames.NorwegianLast : NordicNames.SwedishLast);
            if (rng.Chance(0.08)) last = rng.Pick(norwegian ? NordicNames.NorwegianLast : NordicNames.SwedishLast) + " " + last;
            var name = first + " " + last;
            var organisation = rng.Pick(norwegian ? NordicNames.NorwegianOrganisations : NordicNames.SwedishOrganisations);
            var role = rng.Pick(norwegian ? NordicNames.NorwegianRoles : NordicNames.SwedishRoles);
            people.Add(new PersonPlan(Slugs.Unique(Slugs.From(name), taken), name, organisation, role, norwegian));
        }

        return people;
    }

    internal static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    internal static string Iso(DateTime value) => value.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);
}

/// <summary>What <see cref="SiteGenerator.Write"/> wrote.</summary>
public sealed record GeneratedSite(string Root, int Events, int Items, int SessionFiles, int People, int Files, long Bytes, EditTarget? Edit);

/// <summary>A session file to edit in the serve benchmark, and where its page and calendar are published.</summary>
public sealed record EditTarget(string File, string Title, string Lang, string PagePath, string CalendarPath);
