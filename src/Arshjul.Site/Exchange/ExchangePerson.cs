namespace Arshjul.Site.Exchange;

/// <summary>A speaker or moderator of a talk.</summary>
/// <param name="Guid">A stable id when the person has one (a person with a page; pretalx's code).</param>
/// <param name="Url">The person's page, absolute.</param>
/// <param name="Biography">Plain text or Markdown, as the schedule carries it.</param>
public sealed record ExchangePerson(string Name, Guid? Guid = null, string? Url = null, string? Biography = null);
