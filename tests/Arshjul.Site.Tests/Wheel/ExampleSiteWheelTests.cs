using System.Globalization;
using Arshjul.Site.Output;
using Arshjul.Site.Tests.EndToEnd;
using static Arshjul.Site.Tests.Wheel.WheelSvg;

namespace Arshjul.Site.Tests.Wheel;

/// <summary>The årshjul on the example site's pages: 2024 has the three Värmland events of one series.</summary>
public sealed class ExampleSiteWheelTests(ExampleSiteFixture site) : IClassFixture<ExampleSiteFixture>
{
    private static readonly (string Slug, DateOnly Date, string Angle)[] Events2024 =
    [
        ("2024-arbetsmote", new DateOnly(2024, 1, 26), "24.59"),
        ("2024-riktningsmote", new DateOnly(2024, 3, 8), "65.90"),
        ("2024-varmland-2040", new DateOnly(2024, 9, 26), "264.59"),
    ];

    [Theory]
    [InlineData("sv")]
    [InlineData("nb")]
    [InlineData("en")]
    public void YearPage2024_ShowsEachEventAtItsDate_AsALinkToItsPage(string lang)
    {
        var page = $"{lang}/events/2024/index.html";
        var svg = Parse(site.Text(page));

        var marks = Marks(svg);
        Assert.Equal(Events2024.Length, marks.Count);
        foreach (var (slug, date, angle) in Events2024)
        {
            var mark = Assert.Single(marks, m => (string?)m.Attribute("data-date") == date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            var expected = ExpectedAngle(date);
            Assert.Equal(angle, expected.ToString("F2", CultureInfo.InvariantCulture));
            Assert.Equal(angle, (string?)mark.Attribute("data-angle"));
            Assert.Equal(expected, DotAngle(svg, mark), 0.05);

            var target = OutputLinkChecker.Resolve(page, (string)mark.Attribute("href")!);
            Assert.Equal($"{lang}/events/{slug}/", target);
            Assert.True(site.Exists(target + "index.html"));
            Assert.False(string.IsNullOrWhiteSpace((string?)mark.Attribute("aria-label")));
            Assert.Equal((string?)mark.Attribute("aria-label"), mark.Element(Svg + "title")?.Value);
        }
    }

    [Theory]
    [InlineData("sv", "Årshjul 2024", "Idag", "mars")]
    [InlineData("nb", "Årshjul 2024", "I dag", "mar")]
    [InlineData("en", "Annual cycle 2024", "Today", "Mar")]
    public void YearPage2024_IsInThePagesLanguage_AndMarksToday(string lang, string title, string today, string march)
    {
        var svg = Parse(site.Text($"{lang}/events/2024/index.html"));

        Assert.Equal(title, svg.Element(Svg + "title")!.Value);
        var months = svg.Descendants(Svg + "g").Single(g => (string?)g.Attribute("class") == "wheel-months").Elements(Svg + "text").Select(t => t.Value).ToList();
        Assert.Equal(12, months.Count);
        Assert.Equal(march, months[2]);

        var now = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(ExampleSiteFixture.Now, TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm")).DateTime);
        var tick = svg.Descendants(Svg + "g").SingleOrDefault(g => (string?)g.Attribute("class") == "wheel-today");
        if (now.Year == 2024)
        {
            Assert.NotNull(tick);
            Assert.Equal(now.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), (string?)tick.Attribute("data-today"));
            Assert.Equal(today, tick.Element(Svg + "text")!.Value);
        }
        else
        {
            Assert.Null(tick);
        }
    }

    [Fact]
    public void OtherYears_DoNotMarkToday()
    {
        var svg = Parse(site.Text("nb/events/2017/index.html"));
        Assert.DoesNotContain(svg.Descendants(Svg + "g"), g => (string?)g.Attribute("class") == "wheel-today");
    }

    [Fact]
    public void TwoDayVerksted_IsAnArc()
    {
        var svg = Parse(site.Text("nb/events/2017/index.html"));
        var mark = Assert.Single(Marks(svg));
        Assert.Equal("2017-09-25", (string?)mark.Attribute("data-date"));
        Assert.NotNull(mark.Element(Svg + "path"));
    }

    [Fact]
    public void SeriesPage_HasTheWheelOfItsEvents()
    {
        var series = site.Files.Keys.Single(p => p.StartsWith("sv/series/", StringComparison.Ordinal) && p.EndsWith("/index.html", StringComparison.Ordinal));
        var svg = Parse(site.Text(series));
        Assert.Equal(["2024-01-26", "2024-03-08", "2024-09-26"], Marks(svg).Select(m => (string)m.Attribute("data-date")!).Order());
        Assert.All(Marks(svg), m => Assert.StartsWith("sv/events/2024-", OutputLinkChecker.Resolve(series, (string)m.Attribute("href")!), StringComparison.Ordinal));
    }

    [Fact]
    public void HomePage_HasTheWheelOfTheNearestYear()
    {
        var svg = Parse(site.Text("sv/index.html"));
        Assert.Equal("Årshjul 2024", svg.Element(Svg + "title")!.Value);
        Assert.Equal(3, Marks(svg).Count);
        Assert.All(Marks(svg), m => Assert.True(site.Exists(OutputLinkChecker.Resolve("sv/index.html", (string)m.Attribute("href")!) + "index.html")));
    }

    [Fact]
    public void WheelsColourByKind_WhenTheyShowOneSeries()
    {
        var svg = Parse(site.Text("sv/events/2024/index.html"));
        var legend = svg.Descendants(Svg + "g").Single(g => (string?)g.Attribute("class") == "wheel-legend");
        Assert.Equal(["Förklaring", "Konferens", "Möte"], legend.Elements(Svg + "text").Select(t => t.Value));
        var colours = Marks(svg).ToDictionary(m => (string)m.Attribute("data-date")!, m => (string)m.Element(Svg + "circle")!.Attribute("fill")!);
        Assert.Equal(colours["2024-01-26"], colours["2024-03-08"]);
        Assert.NotEqual(colours["2024-01-26"], colours["2024-09-26"]);
    }
}
