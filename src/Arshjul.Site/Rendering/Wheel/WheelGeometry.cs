using System.Globalization;

namespace Arshjul.Site.Rendering.Wheel;

/// <summary>
/// Where dates sit on the wheel: 1 January at the top, clockwise, each day an equal slice of the
/// year, so months are as wide as they are long. Angles are in degrees; SVG's y axis points down.
/// </summary>
public static class WheelGeometry
{
    /// <summary>The angle of the start of <paramref name="date"/> in its year: 360 × (dayOfYear − 1) / daysInYear.</summary>
    public static double Angle(DateOnly date) => 360.0 * (date.DayOfYear - 1) / DaysIn(date.Year);

    /// <summary>The angle of the end of <paramref name="date"/> (the start of the next day); 360 for 31 December.</summary>
    public static double EndAngle(DateOnly date) => 360.0 * date.DayOfYear / DaysIn(date.Year);

    public static int DaysIn(int year) => DateTime.IsLeapYear(year) ? 366 : 365;

    /// <summary>The point at <paramref name="radius"/> from the centre, <paramref name="degrees"/> clockwise from the top.</summary>
    public static (double X, double Y) Point(double centre, double radius, double degrees)
    {
        var radians = degrees * Math.PI / 180.0;
        return (centre + radius * Math.Sin(radians), centre - radius * Math.Cos(radians));
    }

    /// <summary>Numbers as SVG gets them: invariant, two decimals, so output is the same on every machine.</summary>
    public static string N(double value)
    {
        var text = value.ToString("F2", CultureInfo.InvariantCulture);
        // Rounding a tiny negative gives "-0.00"; write it as the zero it is.
        return text == "-0.00" ? "0.00" : text;
    }
}
