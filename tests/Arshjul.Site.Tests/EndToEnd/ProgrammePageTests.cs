using Arshjul.Site.Tests.Support;

namespace Arshjul.Site.Tests.EndToEnd;

/// <summary>The acceptance points of the schedule issue, read off the built pages of the example site.</summary>
public sealed class ProgrammePageTests : IClassFixture<ExampleSiteFixture>
{
    private readonly ExampleSiteFixture _site;

    public ProgrammePageTests(ExampleSiteFixture site)
    {
        _site = site;
    }

    [Fact]
    public void Verksted_ShowsBothDays_EveryAgendaTime_AndTheGroupWorkWithThemesCasesSpeakersAndSlides()
    {
        var document = _site.Page("nb/events/2017-verksted-regional-utvikling/index.html");
        var days = document.QuerySelectorAll("h2.day-heading").Select(h => h.TextContent.Trim()).ToList();
        Assert.Equal(["mandag 25. september 2017", "tirsdag 26. september 2017"], days);

        var times = document.QuerySelectorAll(".slot-time time").Select(t => t.TextContent.Trim()).ToList();
        Assert.Equal(["09.30", "10.00", "11.45", "12.00", "12.30", "12.50", "14.00", "09.00", "09.10", "09.45", "11.00", "12.15"], times);

        var groupWork = document.QuerySelector("#gruppearbeid")!;
        var themes = groupWork.QuerySelectorAll(":scope > .item-children > .item").Select(t => t.Id).ToList();
        Assert.Equal(["tema-1", "tema-2", "tema-3"], themes);
        var cases = groupWork.QuerySelectorAll("[id^='case-']").ToList();
        Assert.Equal(5, cases.Count);
        foreach (var item in cases)
        {
            Assert.True(item.QuerySelector(".item-people a[href*='/speakers/']") is not null, $"{item.Id} has no speaker link");
            var slides = item.QuerySelector("a[href$='.pdf']");
            Assert.True(slides is not null, $"{item.Id} has no slide link");
            Assert.True(_site.Exists(Site.Output.OutputLinkChecker.Resolve("nb/events/2017-verksted-regional-utvikling/index.html", slides!.GetAttribute("href")!)!),
                $"{item.Id}: {slides.GetAttribute("href")} is not in the output");
        }
    }

    [Fact]
    public void Reglab_Shows14ParallelLarpassOf45Minutes_On15March2018()
    {
        var document = _site.Page("sv/events/2018-reglab-arskonferens/index.html");
        var day = document.QuerySelectorAll("section.programme-day").Single(d => d.QuerySelector("h2")!.TextContent.Contains("15 mars 2018", StringComparison.Ordinal));
        var workshops = day.QuerySelectorAll(".item.kind-workshop").ToList();
        Assert.Equal(14, workshops.Count);
        foreach (var workshop in workshops)
        {
            var range = workshop.QuerySelector(".item-time time")!.TextContent.Trim();
            var parts = range.Split('–').Select(t => TimeOnly.ParseExact(t, "HH.mm")).ToArray();
            Assert.Equal(TimeSpan.FromMinutes(45), parts[1] - parts[0]);
        }

        var parallelSlots = day.QuerySelectorAll("li.slot").Where(s => s.QuerySelectorAll(".item.kind-workshop").Length > 1).ToList();
        Assert.Equal(4, parallelSlots.Count);
        Assert.Contains("exempel", document.QuerySelector(".event-body")!.TextContent, StringComparison.OrdinalIgnoreCase);
    }
}
