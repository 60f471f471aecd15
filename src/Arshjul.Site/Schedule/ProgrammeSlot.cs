using Arshjul.Site.Model;

namespace Arshjul.Site.Schedule;

/// <summary>
/// Items that start at the same moment, in lane order (items spanning all lanes first). Each item's
/// <see cref="ProgrammeItem.SpansAllLanes"/> tells the theme to draw it across the whole width.
/// </summary>
/// <param name="Start">Local date and time in the event's time zone; after midnight it is the next calendar date.</param>
public sealed record ProgrammeSlot(DateTime Start, IReadOnlyList<ProgrammeItem> Items)
{
    public TimeOnly StartTime => TimeOnly.FromDateTime(Start);

    /// <summary>Every item of the slot spans all lanes: a break, a plenary, a lunch.</summary>
    public bool IsFullWidth => Items.All(i => i.SpansAllLanes);

    /// <summary>More than one item starts here: parallel sessions.</summary>
    public bool IsParallel => Items.Count > 1;
}
