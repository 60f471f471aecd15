namespace Arshjul.Site.Model;

/// <summary>How to sign up: a link with dates, or just a text such as "Inbjudan kommer längre fram".</summary>
public sealed record Registration(string? Url, DateOnly? Opens, DateOnly? Closes);
