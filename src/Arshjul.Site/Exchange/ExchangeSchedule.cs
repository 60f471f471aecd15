namespace Arshjul.Site.Exchange;

/// <summary>
/// A programme as the schedule exchange formats carry it (frab <c>schedule.xml</c>, c3voc <c>schedule.json</c>):
/// what the exports write and what the importers read, so both formats go through one shape.
/// </summary>
/// <param name="Acronym">The conference's short name, as both formats want it ("2024_riktningsmote").</param>
/// <param name="Url">The conference's web page, absolute.</param>
/// <param name="BaseUrl">What relative links in the schedule are relative to, absolute; null when the schedule names none.</param>
/// <param name="TimeZone">An IANA zone id; null when the schedule names none.</param>
/// <param name="Rooms">The rooms in the programme's order.</param>
/// <param name="Tracks">The tracks in the programme's order.</param>
/// <param name="Days">The programme days in date order, each with its talks (rooms in order, then time).</param>
public sealed record ExchangeSchedule(
    string Title,
    string Acronym,
    string? Url,
    string? BaseUrl,
    string? TimeZone,
    DateOnly Start,
    DateOnly End,
    IReadOnlyList<ExchangeRoom> Rooms,
    IReadOnlyList<ExchangeTrack> Tracks,
    IReadOnlyList<ExchangeDay> Days)
{
    /// <summary>The version both formats require: the exports say which generator wrote them.</summary>
    public string Version { get; init; } = "1";

    public IEnumerable<ExchangeTalk> Talks => Days.SelectMany(d => d.Talks);

    /// <summary>How many dates from <see cref="Start"/> to <see cref="End"/>, both counted (frab "days", c3voc "daysCount").</summary>
    public int DayCount => End.DayNumber - Start.DayNumber + 1;

    /// <summary>The rooms in order, each with its talks on <paramref name="day"/>; a room with none that day is left out (both formats list only used rooms per day).</summary>
    public IEnumerable<(ExchangeRoom Room, IReadOnlyList<ExchangeTalk> Talks)> RoomsOn(ExchangeDay day)
    {
        ArgumentNullException.ThrowIfNull(day);
        foreach (var room in Rooms)
        {
            var talks = day.Talks.Where(t => t.Room == room.Name).ToList();
            if (talks.Count > 0) yield return (room, talks);
        }
    }
}
