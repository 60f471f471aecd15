namespace Arshjul.Site.Rendering.Views;

/// <summary>A calendar of part of a programme (a day, room, track or person), as a download and a subscription.</summary>
/// <param name="Label">What the calendar holds, shown beside the links where the page does not already say it ("Lokal: Sal A").</param>
/// <param name="IcsUrl">The .ics file, relative to the page.</param>
/// <param name="WebcalUrl">The same file as a webcal:// subscription (absolute, from baseUrl).</param>
/// <param name="Context">What the links are for, for screen readers ("Programmet för måndag 25 september 2017").</param>
public sealed record GroupCalendarView(string Label, string IcsUrl, string WebcalUrl, string Context);
