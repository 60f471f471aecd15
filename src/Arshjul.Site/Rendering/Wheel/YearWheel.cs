using System.Globalization;

namespace Arshjul.Site.Rendering.Wheel;

/// <summary>Everything one årshjul shows, already in the reader's language: what <see cref="WheelRenderer"/> draws.</summary>
/// <param name="Year">The year the wheel covers.</param>
/// <param name="Title">"Årshjul 2024": the SVG's accessible name.</param>
/// <param name="TodayLabel">The text beside today's tick ("Idag").</param>
/// <param name="LegendTitle">The legend's heading ("Förklaring").</param>
/// <param name="MonthNames">Twelve month names, January first, as short as the sectors need.</param>
/// <param name="Marks">The year's events.</param>
/// <param name="Legend">The categories of the marks, in legend order.</param>
/// <param name="Today">Today's date when it falls in <paramref name="Year"/>; otherwise null and no tick is drawn.</param>
public sealed record YearWheel(
    int Year,
    string Title,
    string TodayLabel,
    string LegendTitle,
    IReadOnlyList<string> MonthNames,
    IReadOnlyList<WheelMark> Marks,
    IReadOnlyList<WheelCategory> Legend,
    DateOnly? Today)
{
    /// <summary>The element id prefix: unique on a page, which shows at most one wheel per year.</summary>
    public string Id => string.Create(CultureInfo.InvariantCulture, $"wheel-{Year}");
}
