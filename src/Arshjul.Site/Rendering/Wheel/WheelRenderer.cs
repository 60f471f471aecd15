using System.Globalization;
using System.Text;
using Arshjul.Site.Rendering.Templates;
using static Arshjul.Site.Rendering.Wheel.WheelGeometry;

namespace Arshjul.Site.Rendering.Wheel;

/// <summary>
/// Draws an årshjul as inline SVG: twelve month sectors, each event a linked mark on the rim
/// (a dot for one day, an arc for several), today's tick, and a legend. No script and no fixed
/// size: the theme's CSS scales it. The list of events beside it on the page is the text
/// alternative; here every mark also carries an accessible name.
/// </summary>
public static class WheelRenderer
{
    /// <summary>The wheel's square, in viewBox units; the legend goes below it.</summary>
    public const double Size = 440;

    public const double Centre = Size / 2;

    private const double MonthInner = 118;
    private const double MonthOuter = 168;
    private const double MonthLabel = 143;

    /// <summary>Marks sit in lanes just outside the months; an event too close to an earlier one moves out a lane.</summary>
    private static readonly double[] Lanes = [181, 194, 207];

    private const double DotRadius = 6;
    private const double ArcWidth = 8;

    /// <summary>Two marks in one lane need this much angle between them not to touch (a dot's width and a gap, at the inner lane).</summary>
    private const double MinGap = 4.5;

    private const double TodayInner = MonthInner - 6;
    private const double TodayOuter = Size / 2 - 4;
    private const double TodayLabel = 100;

    private const double LegendTop = Size + 20;
    private const double LegendRow = 22;

    private static readonly string[] MonthFills = ["#eef2f6", "#dde5ee"];

    public static TrustedHtml Render(YearWheel wheel)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(wheel.MonthNames.Count, 12);
        var height = wheel.Legend.Count == 0 ? Size : LegendTop + LegendRow * (wheel.Legend.Count + 1);
        var titleId = wheel.Id + "-title";
        var svg = new StringBuilder(4096);
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"wheel\" viewBox=\"0 0 {N(Size)} {N(height)}\" role=\"group\" aria-labelledby=\"{titleId}\">\n");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{titleId}\">{Escape(wheel.Title)}</title>\n");
        Months(svg, wheel);
        svg.Append(CultureInfo.InvariantCulture, $"<circle class=\"wheel-rim\" cx=\"{N(Centre)}\" cy=\"{N(Centre)}\" r=\"{N(Lanes[0])}\" fill=\"none\" stroke=\"#9aa5b1\" stroke-width=\"1\"/>\n");
        svg.Append(CultureInfo.InvariantCulture, $"<text class=\"wheel-year\" x=\"{N(Centre)}\" y=\"{N(Centre)}\" dy=\".35em\" text-anchor=\"middle\" font-size=\"28\" font-weight=\"bold\" fill=\"#1f2933\" aria-hidden=\"true\">{wheel.Year}</text>\n");
        if (wheel.Today is { } today && today.Year == wheel.Year) Today(svg, today, wheel.TodayLabel);
        Marks(svg, wheel);
        if (wheel.Legend.Count > 0) Legend(svg, wheel);
        svg.Append("</svg>");
        return new TrustedHtml(svg.ToString());
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Text for SVG content and attributes: &amp; &lt; &gt; " ' escaped (titles are user text).</summary>
    public static string Escape(string text) => HtmlEscaper.Escape(text);

    private static void Months(StringBuilder svg, YearWheel wheel)
    {
        svg.Append("<g class=\"wheel-months\" aria-hidden=\"true\">\n");
        for (var month = 1; month <= 12; month++)
        {
            var first = new DateOnly(wheel.Year, month, 1);
            var from = Angle(first);
            var to = EndAngle(first.AddMonths(1).AddDays(-1));
            var (ox1, oy1) = Point(Centre, MonthOuter, from);
            var (ox2, oy2) = Point(Centre, MonthOuter, to);
            var (ix2, iy2) = Point(Centre, MonthInner, to);
            var (ix1, iy1) = Point(Centre, MonthInner, from);
            svg.Append(CultureInfo.InvariantCulture, $"<path class=\"wheel-month\" d=\"M{N(ox1)} {N(oy1)}A{N(MonthOuter)} {N(MonthOuter)} 0 0 1 {N(ox2)} {N(oy2)}L{N(ix2)} {N(iy2)}A{N(MonthInner)} {N(MonthInner)} 0 0 0 {N(ix1)} {N(iy1)}Z\" fill=\"{MonthFills[(month - 1) % 2]}\" stroke=\"#ffffff\" stroke-width=\"1\"/>\n");
            var (lx, ly) = Point(Centre, MonthLabel, (from + to) / 2);
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{N(lx)}\" y=\"{N(ly)}\" dy=\".35em\" text-anchor=\"middle\" font-size=\"12\" fill=\"#1f2933\">{Escape(wheel.MonthNames[month - 1])}</text>\n");
        }

        svg.Append("</g>\n");
    }

    private static void Today(StringBuilder svg, DateOnly today, string label)
    {
        var angle = Angle(today);
        var (x1, y1) = Point(Centre, TodayInner, angle);
        var (x2, y2) = Point(Centre, TodayOuter, angle);
        var (lx, ly) = Point(Centre, TodayLabel, angle);
        svg.Append(CultureInfo.InvariantCulture, $"<g class=\"wheel-today\" data-today=\"{Iso(today)}\" data-angle=\"{N(angle)}\">\n");
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{N(x1)}\" y1=\"{N(y1)}\" x2=\"{N(x2)}\" y2=\"{N(y2)}\" stroke=\"#111111\" stroke-width=\"2\"/>\n");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{N(lx)}\" y=\"{N(ly)}\" dy=\".35em\" text-anchor=\"middle\" font-size=\"12\" font-weight=\"bold\" fill=\"#111111\">{Escape(label)}</text>\n");
        svg.Append("</g>\n");
    }

    private static void Marks(StringBuilder svg, YearWheel wheel)
    {
        var laneEnds = new double[Lanes.Length];
        Array.Fill(laneEnds, double.NegativeInfinity);
        var ordered = wheel.Marks
            .Where(m => m.Start.Year == wheel.Year)
            .OrderBy(m => m.Start).ThenByDescending(m => m.End).ThenBy(m => m.Title, StringComparer.Ordinal);
        svg.Append("<g class=\"wheel-events\">\n");
        foreach (var mark in ordered)
        {
            var from = Angle(mark.Start);
            // An event running into the next year ends at the wheel's 31 December.
            var last = mark.End.Year > wheel.Year ? new DateOnly(wheel.Year, 12, 31) : mark.End;
            var multiDay = last > mark.Start;
            var to = multiDay ? EndAngle(last) : from;

            // The first lane free at this angle, else (a crowded date) the lane that frees up first.
            var lane = Array.FindIndex(laneEnds, end => end + MinGap <= from);
            if (lane < 0) lane = Array.IndexOf(laneEnds, laneEnds.Min());
            laneEnds[lane] = to;
            var radius = Lanes[lane];

            var colour = mark.Category?.Colour ?? WheelPalette.Neutral;
            var name = AccessibleName(mark);
            var category = mark.Category is null ? "" : $" data-category=\"{Escape(mark.Category.Key)}\"";
            svg.Append(CultureInfo.InvariantCulture, $"<a class=\"wheel-event\" href=\"{Escape(mark.Url)}\" aria-label=\"{Escape(name)}\" data-date=\"{Iso(mark.Start)}\" data-angle=\"{N(from)}\"{category}{(mark.Lang is null ? "" : $" lang=\"{Escape(mark.Lang)}\"")}>");
            svg.Append(CultureInfo.InvariantCulture, $"<title>{Escape(name)}</title>");
            if (multiDay)
            {
                var (x1, y1) = Point(Centre, radius, from);
                var (x2, y2) = Point(Centre, radius, Math.Min(to, 359.99));
                var large = to - from > 180 ? 1 : 0;
                svg.Append(CultureInfo.InvariantCulture, $"<path class=\"wheel-arc\" d=\"M{N(x1)} {N(y1)}A{N(radius)} {N(radius)} 0 {large} 1 {N(x2)} {N(y2)}\" fill=\"none\" stroke=\"{colour}\" stroke-width=\"{N(ArcWidth)}\" stroke-linecap=\"round\"/>");
            }
            else
            {
                var (x, y) = Point(Centre, radius, from);
                svg.Append(CultureInfo.InvariantCulture, $"<circle class=\"wheel-dot\" cx=\"{N(x)}\" cy=\"{N(y)}\" r=\"{N(DotRadius)}\" fill=\"{colour}\" stroke=\"#ffffff\" stroke-width=\"1.5\"/>");
            }

            svg.Append("</a>\n");
        }

        svg.Append("</g>\n");
    }

    /// <summary>"Riktningsmöte 2024, fredag 8 mars 2024, 08.30–12.00 (Möte)": what, when, and what the colour means.</summary>
    private static string AccessibleName(WheelMark mark)
    {
        var name = $"{mark.Title}, {mark.DateText}";
        var notes = new[] { mark.StatusLabel, mark.Category?.Label }.Where(s => !string.IsNullOrWhiteSpace(s)).ToList();
        return notes.Count == 0 ? name : $"{name} ({string.Join(", ", notes)})";
    }

    private static void Legend(StringBuilder svg, YearWheel wheel)
    {
        // The marks' names already say their category, so the legend is for sighted readers only.
        svg.Append("<g class=\"wheel-legend\" aria-hidden=\"true\">\n");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"20\" y=\"{N(LegendTop)}\" dy=\".35em\" font-size=\"13\" font-weight=\"bold\" fill=\"#1f2933\">{Escape(wheel.LegendTitle)}</text>\n");
        for (var i = 0; i < wheel.Legend.Count; i++)
        {
            var entry = wheel.Legend[i];
            var y = LegendTop + LegendRow * (i + 1);
            svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{N(26)}\" cy=\"{N(y)}\" r=\"{N(DotRadius)}\" fill=\"{entry.Colour}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{N(40)}\" y=\"{N(y)}\" dy=\".35em\" font-size=\"13\" fill=\"#1f2933\">{Escape(entry.Label)}</text>\n");
        }

        svg.Append("</g>\n");
    }
}
