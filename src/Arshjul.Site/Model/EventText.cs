namespace Arshjul.Site.Model;

/// <summary>The translatable texts of an event.</summary>
public sealed record EventText(string Title, string? Summary, string? Audience, string? RegistrationText, MarkdownText? Body);
