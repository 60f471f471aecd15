using System.Globalization;
using System.Xml.Linq;

namespace Arshjul.Site.Tests.Wheel;

/// <summary>Reads a rendered wheel back: as XML (so it must be well-formed), with angles measured from its geometry.</summary>
internal static class WheelSvg
{
    public static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    /// <summary>The first &lt;svg class="wheel"&gt; of an HTML page (or the SVG itself), parsed as XML.</summary>
    public static XElement Parse(string html)
    {
        var start = html.IndexOf("<svg", StringComparison.Ordinal);
        Assert.True(start >= 0, "no <svg> in the page");
        var end = html.IndexOf("</svg>", start, StringComparison.Ordinal) + "</svg>".Length;
        return XElement.Parse(html[start..end]);
    }

    public static IReadOnlyList<XElement> Marks(XElement svg) =>
        svg.Descendants(Svg + "a").Where(a => (string?)a.Attribute("class") == "wheel-event").ToList();

    public static double Number(XElement element, string attribute) =>
        double.Parse((string)element.Attribute(attribute)!, CultureInfo.InvariantCulture);

    /// <summary>The centre of the wheel: the middle of the viewBox's width (the legend only adds height).</summary>
    public static double Centre(XElement svg)
    {
        var box = ((string)svg.Attribute("viewBox")!).Split(' ').Select(s => double.Parse(s, CultureInfo.InvariantCulture)).ToArray();
        return box[2] / 2;
    }

    /// <summary>Degrees clockwise from the top of a point seen from the centre (SVG's y axis points down).</summary>
    public static double AngleOf(double centre, double x, double y)
    {
        var degrees = Math.Atan2(x - centre, centre - y) * 180 / Math.PI;
        return degrees < 0 ? degrees + 360 : degrees;
    }

    /// <summary>The angle of a dot mark, from its circle's centre.</summary>
    public static double DotAngle(XElement svg, XElement mark)
    {
        var circle = mark.Element(Svg + "circle")!;
        return AngleOf(Centre(svg), Number(circle, "cx"), Number(circle, "cy"));
    }

    public static double ExpectedAngle(DateOnly date) =>
        360.0 * (date.DayOfYear - 1) / (DateTime.IsLeapYear(date.Year) ? 366 : 365);
}
