namespace Arshjul.Site.Model;

/// <summary>A room an event declares under 'rooms', with how many it seats when given.</summary>
public sealed record Room(string Name, int? Capacity);
