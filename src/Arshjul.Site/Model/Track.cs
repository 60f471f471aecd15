namespace Arshjul.Site.Model;

/// <summary>A track an event declares under 'tracks', with a colour the theme may use when given.</summary>
public sealed record Track(string Name, string? Colour);
