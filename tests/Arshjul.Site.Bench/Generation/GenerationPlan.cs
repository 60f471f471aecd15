namespace Arshjul.Site.Bench.Generation;

/// <summary>A person as planned before any file is written.</summary>
internal sealed record PersonPlan(string Slug, string Name, string Organisation, string Role, bool Norwegian);

/// <summary>A programme item with its own file in sessions/.</summary>
internal sealed class ItemPlan
{
    public required string Slug { get; init; }

    public required int Topic { get; init; }

    public required int? Subtitle { get; init; }

    public required string Place { get; init; }

    public DateTime? Start { get; set; }

    public string? Room { get; set; }

    public required string Kind { get; init; }

    public string? Status { get; init; }

    public List<int> Speakers { get; } = [];

    public List<int> Moderators { get; } = [];

    public int Materials { get; init; }

    public bool Translated { get; init; }

    public string Title(string lang)
    {
        var title = TextBank.Topics[Topic].In(lang);
        return Subtitle is { } s ? title + " – " + string.Format(System.Globalization.CultureInfo.InvariantCulture, TextBank.Subtitles[s].In(lang), Place) : title;
    }
}

/// <summary>An entry of the event's inline schedule: registration, breaks, lunch, the morning plenary.</summary>
internal sealed class InlinePlan
{
    public required string Id { get; init; }

    public required TextBank.Text Title { get; init; }

    public required string Kind { get; init; }

    public required int Day { get; init; }

    public required TimeOnly Time { get; init; }

    public required int Minutes { get; init; }

    public List<int> Speakers { get; } = [];

    public bool HasDescription { get; init; }
}

internal sealed class EventPlan
{
    public required string Slug { get; init; }

    public required int Name { get; init; }

    public required string SourceLang { get; init; }

    public required DateOnly Start { get; init; }

    public required int Days { get; init; }

    public required IReadOnlyList<string> Rooms { get; init; }

    public required (string Venue, string City, bool Norwegian) Venue { get; init; }

    public required bool Online { get; init; }

    public required string Kind { get; init; }

    public string? Series { get; init; }

    public required IReadOnlyList<string> Organisers { get; init; }

    public required bool Translated { get; init; }

    public List<ItemPlan> Items { get; } = [];

    public List<InlinePlan> Inline { get; } = [];

    public string Title(string lang) => $"{TextBank.EventNames[Name].In(lang)} {Venue.City} {Start.Year}";

    public string IndexFile => $"index.{SourceLang}.md";
}
