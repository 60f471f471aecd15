namespace Arshjul.Site.Exchange;

/// <summary>One programme day: its date (after the day-change rule) and when it starts and ends.</summary>
/// <param name="Index">1 for the event's first date, 2 for the next, and so on.</param>
/// <param name="Start">The day-change time on <paramref name="Date"/>, with its offset.</param>
/// <param name="End">The day-change time on the next date.</param>
/// <param name="Talks">Its timed items, rooms in order, each room's in time order.</param>
public sealed record ExchangeDay(int Index, DateOnly Date, DateTimeOffset Start, DateTimeOffset End, IReadOnlyList<ExchangeTalk> Talks);
