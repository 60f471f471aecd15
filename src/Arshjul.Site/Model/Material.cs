namespace Arshjul.Site.Model;

/// <summary>Slides, a report or another file belonging to a programme item.</summary>
/// <param name="Url">As written: an external URL, or a site path to a file under static/.</param>
public sealed record Material(string Title, string Url);
