namespace Arshjul.Site.Rendering.Wheel;

/// <summary>One event on the wheel.</summary>
/// <param name="Title">The event's title as the reader sees it: user text, escaped when written.</param>
/// <param name="Start">The first day of the event.</param>
/// <param name="End">The last day (inclusive); equal to <paramref name="Start"/> for a one-day event.</param>
/// <param name="Url">The event page, relative to the page the wheel is on.</param>
/// <param name="DateText">When, in words ("fredag 8 mars 2024, 08.30–12.00"), for the accessible name.</param>
/// <param name="StatusLabel">"Inställt" and the like, or null for scheduled events.</param>
/// <param name="Category">Decides the colour; null marks get the neutral colour and no legend entry.</param>
public sealed record WheelMark(string Title, DateOnly Start, DateOnly End, string Url, string DateText, string? StatusLabel, WheelCategory? Category, string? Lang = null)
{
    public bool IsMultiDay => End > Start;
}
