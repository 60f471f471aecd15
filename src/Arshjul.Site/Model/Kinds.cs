namespace Arshjul.Site.Model;

/// <summary>
/// The kinds of events and programme items the content model names, each with a localised label in
/// the theme (kind_&lt;kind&gt;). Other text is allowed, but is warned about unless site.yml lists it under 'kinds'.
/// </summary>
public static class Kinds
{
    public static readonly IReadOnlyList<string> Events = ["conference", "workshop", "meeting", "seminar", "webinar", "internat"];

    public static readonly IReadOnlyList<string> Items = ["talk", "workshop", "panel", "break", "lunch", "registration", "plenary", "group-work"];
}
