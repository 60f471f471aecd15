namespace Arshjul.Site.Rendering.Views;

/// <summary>A speaker or moderator in a programme: a link when the person has a page.</summary>
public sealed record PersonRefView(string Name, string? Organisation, string? Url);
