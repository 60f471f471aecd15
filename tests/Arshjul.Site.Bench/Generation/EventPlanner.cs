using System.Globalization;

namespace Arshjul.Site.Bench.Generation;

/// <summary>Decides each event's dates, rooms, days and programme grid before anything is written.</summary>
internal static class EventPlanner
{
    private static readonly DateOnly First = new(2023, 1, 9);
    private static readonly DateOnly Last = new(2025, 12, 12);

    public static List<EventPlan> Plan(BenchRandom rng, int count, int itemsPerEvent, IReadOnlyList<string> languages)
    {
        var plans = new List<EventPlan>(count);
        var slugs = new HashSet<string>(StringComparer.Ordinal);
        var span = Last.DayNumber - First.DayNumber;
        for (var e = 0; e < count; e++)
        {
            var step = span / (double)count;
            var start = First.AddDays((int)(e * step + rng.NextDouble() * step * 0.8));
            start = start.DayOfWeek switch
            {
                DayOfWeek.Saturday => start.AddDays(2),
                DayOfWeek.Sunday => start.AddDays(1),
                _ => start,
            };

            var (rooms, days) = Grid(rng, itemsPerEvent);
            var venue = rng.Pick(NordicNames.Venues);
            var norwegian = venue.Norwegian && languages.Contains("nb");
            var name = rng.Next(TextBank.EventNames.Length);
            var slug = Slugs.Unique(
                $"{start.Year.ToString(CultureInfo.InvariantCulture)}-{Slugs.From(TextBank.EventNames[name].Sv, 2)}-{Slugs.From(venue.City)}", slugs);
            var organisers = new List<string> { rng.Pick(norwegian ? NordicNames.NorwegianOrganisations : NordicNames.SwedishOrganisations) };
            if (rng.Chance(0.4)) organisers.Add(rng.Pick(NordicNames.SwedishOrganisations.Concat(NordicNames.NorwegianOrganisations).ToList()));
            var plan = new EventPlan
            {
                Slug = slug,
                Name = name,
                SourceLang = norwegian ? "nb" : languages[0],
                Start = start,
                Days = days,
                Rooms = NordicNames.Rooms.Take(rooms).ToList(),
                Venue = venue,
                Online = rng.Chance(0.08),
                Kind = TextBank.Kinds[name],
                Series = rng.Chance(0.35) ? rng.Pick(NordicNames.Series) : null,
                Organisers = organisers.Distinct().ToList(),
                Translated = rng.Chance(0.5),
            };
            AddInline(rng, plan);
            AddItems(rng, plan, itemsPerEvent - plan.Inline.Count);
            plans.Add(plan);
        }

        return plans;
    }

    /// <summary>
    /// Rooms (2–4) and days (1–6) that hold the items: each day has 8 slots per room and 5 inline
    /// entries. Items that still do not fit are "time to be announced".
    /// </summary>
    private static (int Rooms, int Days) Grid(BenchRandom rng, int items)
    {
        var rooms = rng.Between(2, 4);
        int Needed(int r) => (items + (SiteGenerator.Slots.Length * r) + SiteGenerator.InlinePerDay - 1) / (SiteGenerator.Slots.Length * r + SiteGenerator.InlinePerDay);
        if (Needed(rooms) > 6) rooms = 4;
        var days = Math.Clamp(Needed(rooms) + rng.Next(2), 1, 6);

        // Keep most items as session files: inline entries are at most a third of the items.
        while (days > 1 && days * SiteGenerator.InlinePerDay * 3 > items) days--;
        return (rooms, days);
    }

    private static void AddInline(BenchRandom rng, EventPlan plan)
    {
        for (var day = 1; day <= plan.Days; day++)
        {
            var suffix = "-dag-" + day.ToString(CultureInfo.InvariantCulture);
            plan.Inline.Add(day == 1
                ? Entry("registrering", new("Registrering och kaffe", "Registrering og kaffe", "Registration and coffee"), "registration", day, 8, 30, 30)
                : Entry("morgonkaffe" + suffix, new("Morgonkaffe", "Morgenkaffe", "Morning coffee"), "break", day, 8, 30, 30));
            var topic = TextBank.Topics[rng.Next(TextBank.Topics.Length)];
            plan.Inline.Add(new InlinePlan
            {
                Id = "inledning" + suffix,
                Title = new("Inledning: " + topic.Sv, "Innledning: " + topic.Nb, "Opening: " + topic.En),
                Kind = "plenary",
                Day = day,
                Time = new TimeOnly(9, 0),
                Minutes = 30,
                HasDescription = true,
            });
            plan.Inline.Add(Entry("paus" + suffix, new("Paus", "Pause", "Break"), "break", day, 11, 0, 15));
            plan.Inline.Add(Entry("lunch" + suffix, new("Lunch", "Lunsj", "Lunch"), "lunch", day, 12, 0, 60));
            plan.Inline.Add(Entry("fika" + suffix, new("Fika", "Kaffepause", "Coffee break"), "break", day, 14, 30, 15));
        }
    }

    private static InlinePlan Entry(string id, TextBank.Text title, string kind, int day, int hour, int minute, int minutes) =>
        new() { Id = id, Title = title, Kind = kind, Day = day, Time = new TimeOnly(hour, minute), Minutes = minutes };

    private static void AddItems(BenchRandom rng, EventPlan plan, int count)
    {
        var cells = new List<(DateTime Start, string Room)>();
        for (var day = 0; day < plan.Days; day++)
        {
            foreach (var slot in SiteGenerator.Slots)
            {
                foreach (var room in plan.Rooms) cells.Add((plan.Start.AddDays(day).ToDateTime(slot), room));
            }
        }

        var slugs = new HashSet<string>(plan.Inline.Select(i => i.Id), StringComparer.Ordinal);
        var timed = Math.Min(count, cells.Count);
        for (var i = 0; i < count; i++)
        {
            var topic = rng.Next(TextBank.Topics.Length);
            int? subtitle = rng.Chance(0.6) ? rng.Next(TextBank.Subtitles.Length) : null;
            var place = rng.Pick(NordicNames.Venues).City;
            var item = new ItemPlan
            {
                Slug = Slugs.Unique(Slugs.From(TextBank.Topics[topic].In(plan.SourceLang), 4), slugs),
                Topic = topic,
                Subtitle = subtitle,
                Place = place,
                Kind = rng.Pick(TextBank.ItemKinds),
                Status = rng.Chance(0.02) ? "cancelled" : rng.Chance(0.03) ? "tentative" : null,
                Materials = rng.Chance(0.4) ? rng.Between(1, 2) : 0,
                Translated = rng.Chance(0.5),
            };
            if (i < timed)
            {
                // Spread the items evenly over the grid, so every day has sessions.
                var cell = cells[(int)((long)i * cells.Count / timed)];
                item.Start = cell.Start;
                item.Room = cell.Room;
            }

            plan.Items.Add(item);
        }
    }
}
