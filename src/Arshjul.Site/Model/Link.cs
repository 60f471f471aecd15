namespace Arshjul.Site.Model;

public sealed record Link(string Title, string Url);
