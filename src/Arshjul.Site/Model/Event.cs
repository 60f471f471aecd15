using Arshjul.Site.Content;
using Arshjul.Site.Diagnostics;

namespace Arshjul.Site.Model;

/// <summary>An event (arrangement): one folder under content/events/, in one or more languages.</summary>
public sealed class Event
{
    public required string Slug { get; init; }

    /// <summary>Every language file of the event (index.&lt;lang&gt;.md), source first.</summary>
    public required IReadOnlyList<ContentDocument> Files { get; init; }

    public required SourceLocation Location { get; init; }

    public required Translations<EventText> Text { get; init; }

    public required LocalDateTimeValue Start { get; init; }

    public LocalDateTimeValue? End { get; init; }

    /// <summary>A start without a time of day: a "save the date" spanning whole days.</summary>
    public bool IsAllDay => !Start.HasTime;

    public required string TimeZoneId { get; init; }

    public required TimeZoneInfo TimeZone { get; init; }

    public required TimeOnly DayChange { get; init; }

    public string? Kind { get; init; }

    public string? Series { get; init; }

    public Location? Place { get; init; }

    public IReadOnlyList<string> Organisers { get; init; } = [];

    public Registration? Registration { get; init; }

    public Status Status { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>The rooms the event declares, in the programme's order; empty when it declares none.</summary>
    public IReadOnlyList<Room> Rooms { get; init; } = [];

    /// <summary>The tracks the event declares, in the programme's order; empty when it declares none.</summary>
    public IReadOnlyList<Track> Tracks { get; init; } = [];

    /// <summary>The declared lanes (rooms, then tracks) in the order the programme shows them.</summary>
    public IReadOnlyList<string> DeclaredLanes => Rooms.Select(r => r.Name).Concat(Tracks.Select(t => t.Name)).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>Top-level programme items, from session files and the inline schedule, in time order once scheduled.</summary>
    public List<ProgrammeItem> Items { get; } = [];

    /// <summary>The first calendar date of the event.</summary>
    public DateOnly StartDate => Start.Date;

    /// <summary>The last calendar date of the event (inclusive).</summary>
    public DateOnly EndDate => End?.Date ?? Start.Date;

    /// <summary>Every item, nested ones included, depth first in programme order.</summary>
    public IEnumerable<ProgrammeItem> AllItems => Items.SelectMany(i => i.SelfAndDescendants);
}
