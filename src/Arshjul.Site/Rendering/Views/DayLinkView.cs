namespace Arshjul.Site.Rendering.Views;

/// <summary>One link of a programme's day navigation: to the day's heading, or to its own page when the programme is split.</summary>
/// <param name="Text">The day, short ("fre 8 mars").</param>
/// <param name="Url">"#day-2024-03-08" on one page, else the day page's URL.</param>
/// <param name="IsCurrent">True on the day page of that day (aria-current).</param>
public sealed record DayLinkView(string Text, string DateIso, string Url, int Count, bool IsCurrent);
