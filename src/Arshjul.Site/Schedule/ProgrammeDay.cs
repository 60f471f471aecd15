namespace Arshjul.Site.Schedule;

/// <summary>One programme day: a calendar date (after the day-change rule) and its slots in time order.</summary>
/// <param name="Number">1 for the event's first date, 2 for the next, and so on ("Day 2").</param>
public sealed record ProgrammeDay(DateOnly Date, int Number, IReadOnlyList<ProgrammeSlot> Slots);
