using System.Globalization;
using System.Xml.Linq;
using Arshjul.Site.Rendering.Wheel;
using static Arshjul.Site.Tests.Wheel.WheelSvg;

namespace Arshjul.Site.Tests.Wheel;

public sealed class WheelRendererTests
{
    private static readonly string[] Months = ["jan", "feb", "mars", "apr", "maj", "juni", "juli", "aug", "sep", "okt", "nov", "dec"];
    private static readonly WheelCategory Meeting = new("meeting", "Möte", WheelPalette.For(0));
    private static readonly WheelCategory Conference = new("conference", "Konferens", WheelPalette.For(1));

    private static WheelMark Mark(string title, string start, string? end = null, WheelCategory? category = null, string? status = null) => new(
        title,
        DateOnly.Parse(start, CultureInfo.InvariantCulture),
        DateOnly.Parse(end ?? start, CultureInfo.InvariantCulture),
        "../" + title.ToLowerInvariant().Replace(' ', '-') + "/",
        start,
        status,
        category);

    private static YearWheel Wheel(IReadOnlyList<WheelMark> marks, DateOnly? today = null, int year = 2024) => new(
        year, $"Årshjul {year}", "Idag", "Förklaring", Months, marks,
        marks.Select(m => m.Category).OfType<WheelCategory>().Distinct().ToList(), today);

    private static XElement Render(YearWheel wheel) => Parse(WheelRenderer.Render(wheel).Html);

    [Fact]
    public void Marks_SitAtTheirDatesAngle_ByDataAndByGeometry()
    {
        var dates = new[] { "2024-01-01", "2024-01-26", "2024-03-08", "2024-09-26", "2024-12-31" };
        var svg = Render(Wheel(dates.Select((d, i) => Mark("Event " + i, d, category: Meeting)).ToList()));

        var marks = Marks(svg);
        Assert.Equal(dates.Length, marks.Count);
        foreach (var mark in marks)
        {
            var date = DateOnly.Parse((string)mark.Attribute("data-date")!, CultureInfo.InvariantCulture);
            var expected = ExpectedAngle(date);
            Assert.Equal(expected.ToString("F2", CultureInfo.InvariantCulture), (string)mark.Attribute("data-angle")!);
            Assert.Equal(expected, DotAngle(svg, mark) % 360, 0.05);
        }
    }

    [Fact]
    public void Angles_UseTheLengthOfTheYear_WhenTheYearIsNotALeapYear()
    {
        var svg = Render(Wheel([Mark("Midsommar", "2023-07-01")], year: 2023));
        var mark = Assert.Single(Marks(svg));
        Assert.Equal("178.52", (string)mark.Attribute("data-angle")!); // 181 / 365 × 360
        Assert.Equal(181.0 / 365 * 360, DotAngle(svg, mark), 0.05);
    }

    [Fact]
    public void Svg_IsAScalableGroupNamedByItsTitle_WithoutScript()
    {
        var svg = Render(Wheel([Mark("A", "2024-05-05")]));

        Assert.Equal("wheel", (string?)svg.Attribute("class"));
        Assert.Equal("group", (string?)svg.Attribute("role"));
        Assert.Null(svg.Attribute("width"));
        Assert.Null(svg.Attribute("height"));
        Assert.NotNull(svg.Attribute("viewBox"));
        var title = svg.Element(Svg + "title")!;
        Assert.Equal("Årshjul 2024", title.Value);
        Assert.Equal((string?)title.Attribute("id"), (string?)svg.Attribute("aria-labelledby"));
        Assert.Empty(svg.Descendants(Svg + "script"));
        Assert.DoesNotContain(svg.DescendantsAndSelf().Attributes(), a => a.Name.LocalName.StartsWith("on", StringComparison.Ordinal));
    }

    [Fact]
    public void EveryMark_IsALinkWithAnAccessibleName()
    {
        var svg = Render(Wheel([Mark("Riktningsmöte", "2024-03-08", category: Meeting, status: "Inställt")]));

        var mark = Assert.Single(Marks(svg));
        Assert.Equal("../riktningsmöte/", (string?)mark.Attribute("href"));
        var name = (string)mark.Attribute("aria-label")!;
        Assert.Equal("Riktningsmöte, 2024-03-08 (Inställt, Möte)", name);
        Assert.Equal(name, mark.Element(Svg + "title")!.Value);
    }

    [Fact]
    public void UserText_IsEscaped_SoTheSvgStaysWellFormed()
    {
        const string title = "Q&A <b>\"fri\" 'form'</b> </svg><script>alert(1)</script>";
        var html = WheelRenderer.Render(Wheel([Mark(title, "2024-04-04")])).Html;

        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.Contains("Q&amp;A &lt;b&gt;&quot;fri&quot;", html, StringComparison.Ordinal);
        var svg = Parse(html);
        var mark = Assert.Single(Marks(svg));
        Assert.Equal(title + ", 2024-04-04", mark.Element(Svg + "title")!.Value);
        Assert.StartsWith(title, (string)mark.Attribute("aria-label")!, StringComparison.Ordinal);
    }

    [Fact]
    public void Today_IsMarked_OnlyWhenItFallsInTheYear()
    {
        var marks = new[] { Mark("A", "2024-03-08") };
        var withToday = Render(Wheel(marks, today: new DateOnly(2024, 5, 1)));
        var tick = Assert.Single(withToday.Descendants(Svg + "g"), g => (string?)g.Attribute("class") == "wheel-today");
        Assert.Equal("2024-05-01", (string?)tick.Attribute("data-today"));
        Assert.Equal("Idag", tick.Element(Svg + "text")!.Value);
        var line = tick.Element(Svg + "line")!;
        var expected = ExpectedAngle(new DateOnly(2024, 5, 1));
        var centre = Centre(withToday);
        Assert.Equal(expected, AngleOf(centre, Number(line, "x1"), Number(line, "y1")), 0.05);
        Assert.Equal(expected, AngleOf(centre, Number(line, "x2"), Number(line, "y2")), 0.05);

        var otherYear = Render(Wheel(marks, today: new DateOnly(2025, 5, 1)));
        Assert.DoesNotContain(otherYear.Descendants(Svg + "g"), g => (string?)g.Attribute("class") == "wheel-today");
        var none = Render(Wheel(marks));
        Assert.DoesNotContain(none.Descendants(Svg + "g"), g => (string?)g.Attribute("class") == "wheel-today");
    }

    [Fact]
    public void MultiDayEvent_IsAnArcFromItsFirstDay()
    {
        var svg = Render(Wheel([Mark("Verksted", "2024-09-25", "2024-09-26", Conference)]));

        var mark = Assert.Single(Marks(svg));
        Assert.Empty(mark.Elements(Svg + "circle"));
        var path = mark.Element(Svg + "path")!;
        Assert.Equal("wheel-arc", (string?)path.Attribute("class"));
        Assert.Equal(Conference.Colour, (string?)path.Attribute("stroke"));
        // "M x y A r r 0 large sweep x2 y2": the arc runs clockwise from the start of 25 to the end of 26 September.
        var d = ((string)path.Attribute("d")!).TrimStart('M').Split(' ', 'A');
        var numbers = d.Where(s => s.Length > 0).Select(s => double.Parse(s, CultureInfo.InvariantCulture)).ToArray();
        var centre = Centre(svg);
        Assert.Equal(ExpectedAngle(new DateOnly(2024, 9, 25)), AngleOf(centre, numbers[0], numbers[1]), 0.05);
        Assert.Equal(ExpectedAngle(new DateOnly(2024, 9, 27)), AngleOf(centre, numbers[7], numbers[8]), 0.05);
        Assert.Equal(1, numbers[6]); // sweep: clockwise
    }

    [Fact]
    public void MarksOnTheSameDay_DoNotOverlap()
    {
        var svg = Render(Wheel([Mark("A", "2024-06-10"), Mark("B", "2024-06-10"), Mark("C", "2024-06-11")]));

        var circles = Marks(svg).Select(m => m.Element(Svg + "circle")!).ToList();
        var centre = Centre(svg);
        var radii = circles.Select(c => Math.Round(Math.Sqrt(Math.Pow(Number(c, "cx") - centre, 2) + Math.Pow(Number(c, "cy") - centre, 2)))).ToList();
        Assert.Equal(3, radii.Distinct().Count());
    }

    [Fact]
    public void TwelveMonthSectors_WithLabelsAndAlternatingFills_SizedByTheirDays()
    {
        var svg = Render(Wheel([]));

        var months = svg.Descendants(Svg + "path").Where(p => (string?)p.Attribute("class") == "wheel-month").ToList();
        Assert.Equal(12, months.Count);
        var fills = months.Select(m => (string)m.Attribute("fill")!).ToList();
        Assert.Equal(2, fills.Distinct().Count());
        Assert.All(Enumerable.Range(1, 11), i => Assert.NotEqual(fills[i - 1], fills[i]));
        var labels = svg.Descendants(Svg + "g").Single(g => (string?)g.Attribute("class") == "wheel-months").Elements(Svg + "text").Select(t => t.Value);
        Assert.Equal(Months, labels);

        // February of a leap year spans 29 days: from the start of 1 February to the start of 1 March.
        var feb = ((string)months[1].Attribute("d")!).TrimStart('M').Split(' ', 'A', 'L');
        var n = feb.Where(s => s.Length > 0 && s != "Z").Select(s => double.Parse(s.TrimEnd('Z'), CultureInfo.InvariantCulture)).ToArray();
        var centre = Centre(svg);
        Assert.Equal(ExpectedAngle(new DateOnly(2024, 2, 1)), AngleOf(centre, n[0], n[1]), 0.05);
        Assert.Equal(ExpectedAngle(new DateOnly(2024, 3, 1)), AngleOf(centre, n[7], n[8]), 0.05);
    }

    [Fact]
    public void Legend_ListsEachCategoryOnce_WithItsColour()
    {
        var svg = Render(Wheel([Mark("A", "2024-01-26", category: Meeting), Mark("B", "2024-03-08", category: Meeting), Mark("C", "2024-09-26", category: Conference)]));

        var legend = svg.Descendants(Svg + "g").Single(g => (string?)g.Attribute("class") == "wheel-legend");
        Assert.Equal(["Förklaring", "Möte", "Konferens"], legend.Elements(Svg + "text").Select(t => t.Value));
        Assert.Equal([Meeting.Colour, Conference.Colour], legend.Elements(Svg + "circle").Select(c => (string)c.Attribute("fill")!));
        Assert.All(Marks(svg).Take(2), m => Assert.Equal(Meeting.Colour, (string?)m.Element(Svg + "circle")!.Attribute("fill")));
    }

    [Fact]
    public void PaletteColours_HaveAtLeastThreeToOneContrastAgainstWhite()
    {
        foreach (var colour in WheelPalette.Colours.Append(WheelPalette.Neutral))
        {
            var ratio = (1.0 + 0.05) / (Luminance(colour) + 0.05);
            Assert.True(ratio >= 3.0, $"{colour} has contrast {ratio:F2}:1 against white");
        }
    }

    [Fact]
    public void Output_IsTheSame_WhateverTheCurrentCulture()
    {
        var wheel = Wheel([Mark("A", "2024-03-08", category: Meeting)], today: new DateOnly(2024, 5, 1));
        var invariant = WheelRenderer.Render(wheel).Html;
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("sv-SE");
            Assert.Equal(invariant, WheelRenderer.Render(wheel).Html);
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("th-TH");
            Assert.Equal(invariant, WheelRenderer.Render(wheel).Html);
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }

        Assert.DoesNotContain("-0.00", invariant, StringComparison.Ordinal);
    }

    private static double Luminance(string hex)
    {
        double Channel(int offset)
        {
            var c = Convert.ToInt32(hex.Substring(offset, 2), 16) / 255.0;
            return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }

        return 0.2126 * Channel(1) + 0.7152 * Channel(3) + 0.0722 * Channel(5);
    }
}
