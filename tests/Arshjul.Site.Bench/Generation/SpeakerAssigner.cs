namespace Arshjul.Site.Bench.Generation;

/// <summary>
/// Gives items 1–3 speakers (panels a moderator too), preferring people from the event's country and
/// some people more than others, but never one person in two places at once: every timed item
/// sits on the same grid of start times, so a person's bookings are kept by start time.
/// </summary>
internal sealed class SpeakerAssigner(BenchRandom rng, IReadOnlyList<PersonPlan> people)
{
    private readonly Dictionary<DateTime, HashSet<int>> _busy = [];
    private readonly int[] _swedes = Enumerable.Range(0, people.Count).Where(i => !people[i].Norwegian).ToArray();
    private readonly int[] _norwegians = Enumerable.Range(0, people.Count).Where(i => people[i].Norwegian).ToArray();

    public void Assign(IReadOnlyList<EventPlan> plans)
    {
        foreach (var plan in plans)
        {
            foreach (var entry in plan.Inline.Where(i => i.Kind == "plenary"))
            {
                var at = plan.Start.AddDays(entry.Day - 1).ToDateTime(entry.Time);
                entry.Speakers.AddRange(Pick(rng.Between(1, 2), at, plan.Venue.Norwegian));
            }

            foreach (var item in plan.Items)
            {
                var count = rng.Next(10) switch { < 5 => 1, < 8 => 2, _ => 3 };
                item.Speakers.AddRange(Pick(count, item.Start, plan.Venue.Norwegian));
                if (item.Kind == "panel") item.Moderators.AddRange(Pick(1, item.Start, plan.Venue.Norwegian));
            }
        }
    }

    private List<int> Pick(int count, DateTime? at, bool norwegianEvent)
    {
        var busy = at is { } start ? _busy.TryGetValue(start, out var set) ? set : _busy[start] = [] : [];
        var chosen = new List<int>(count);
        for (var n = 0; n < count; n++)
        {
            var person = -1;
            for (var attempt = 0; attempt < 30 && person < 0; attempt++)
            {
                var local = rng.Chance(0.75) == norwegianEvent ? _norwegians : _swedes;
                if (local.Length == 0) local = _norwegians.Length == 0 ? _swedes : _norwegians;

                // A skewed pick: a few people speak often, most once or twice.
                var candidate = local[(int)(local.Length * Math.Pow(rng.NextDouble(), 1.6))];
                if (!busy.Contains(candidate)) person = candidate;
            }

            if (person < 0) person = Enumerable.Range(0, people.Count).FirstOrDefault(p => !busy.Contains(p), -1);
            if (person < 0) break;
            busy.Add(person);
            chosen.Add(person);
        }

        return chosen;
    }
}
