using Arshjul.Site.Calendar;
using Arshjul.Site.Tests.Support;

namespace Arshjul.Site.Tests.Calendar;

/// <summary>Local times become the right instants on both sides of daylight-saving changes, read by two parsers.</summary>
public sealed class CalendarBuilderTimeTests : IDisposable
{
    private readonly TestSite _site = new();

    public CalendarBuilderTimeTests()
    {
        // 2024-03-31 and 2024-10-27 are the days Europe/Stockholm changes to and from summer time (at 02:00/03:00),
        // as are 2017-03-26 and 2017-10-29: the same rule, several years before the VTIMEZONE's reference year.
        WriteDstEvent("2024-var", "2024-03-31", "2024-10-27");
        WriteDstEvent("2017-var", "2017-03-26", "2017-10-29");
    }

    public void Dispose() => _site.Dispose();

    [Theory]
    [InlineData("2024-var", "2024-03-31T07:00:00Z", "2024-10-27T08:00:00Z")]
    [InlineData("2017-var", "2017-03-26T07:00:00Z", "2017-10-29T08:00:00Z")]
    public void ItemsAt0900Local_AreAtTheRightUtcInstants_WhenTheDayChangesDaylightSavingTime(string slug, string spring, string autumn)
    {
        var model = _site.LoadValid();
        var builder = CalendarTestSupport.Builder(model);
        var ev = model.FindEvent(slug)!;
        var ics = builder.BuildProgrammeCalendar(ev, "sv");

        Assert.Contains($"DTSTART;TZID=Europe/Stockholm:{spring[..10].Replace("-", "")}T090000", ics);

        var parsed = CalendarTestSupport.Parse(ics);
        var host = "@example.org";
        Assert.Equal(DateTime.Parse(spring).ToUniversalTime(), parsed.Single($"{slug}/spring{host}").DtStart!.AsUtc);
        Assert.Equal(DateTime.Parse(autumn).ToUniversalTime(), parsed.Single($"{slug}/autumn{host}").DtStart!.AsUtc);

        var checkedFile = IcalChecker.CheckValid(ics);
        var byUid = checkedFile.Events.ToDictionary(e => e.Uid!);
        Assert.Equal(spring, byUid[$"{slug}/spring{host}"].Start);
        Assert.Equal(autumn, byUid[$"{slug}/autumn{host}"].Start);

        // Both parsers agree on every instant in the file, ends included.
        foreach (var vevent in parsed.Events)
        {
            var other = byUid[vevent.Uid!];
            Assert.Equal(vevent.DtStart!.AsUtc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'"), other.Start);
            Assert.Equal(vevent.DtEnd?.AsUtc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'"), other.End);
        }
    }

    [Fact]
    public void ItemCalendar_HasTheItemOnly_WithItsZone()
    {
        var model = _site.LoadValid();
        var item = model.FindEvent("2024-var")!.AllItems.Single(i => i.Id == "autumn");
        var ics = CalendarTestSupport.Builder(model).BuildItemCalendar(item, "en");

        var checkedFile = IcalChecker.CheckValid(ics);
        var only = Assert.Single(checkedFile.Events);
        Assert.Equal("2024-var/autumn@example.org", only.Uid);
        Assert.Equal("2024-10-27T08:00:00Z", only.Start);
        Assert.Equal("2024-10-27T09:00:00Z", only.End);
    }

    [Theory]
    [InlineData("2017-var")]
    [InlineData("2024-var")]
    public void TimeZone_HasStandardAndDaylightRules_ForTheYearsItCovers(string slug)
    {
        var model = _site.LoadValid();
        var ics = CalendarTestSupport.Builder(model).BuildEventCalendar(model.FindEvent(slug)!, "sv");
        var year = int.Parse(slug[..4]);

        var zone = Assert.Single(CalendarTestSupport.Parse(ics).TimeZones);
        Assert.Equal("Europe/Stockholm", zone.TzId);
        var lines = CalendarTestSupport.Unfolded(ics);
        var block = lines.SkipWhile(l => l != "BEGIN:VTIMEZONE").TakeWhile(l => l != "END:VTIMEZONE").ToList();
        Assert.Contains("BEGIN:STANDARD", block);
        Assert.Contains("BEGIN:DAYLIGHT", block);
        Assert.Contains("RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10", block);
        Assert.Contains("RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3", block);
        Assert.Contains("TZOFFSETTO:+0200", block);
        Assert.Contains("TZOFFSETTO:+0100", block);

        // Each observance starts no later than the year of the events, so its RRULE covers them.
        foreach (var start in block.Where(l => l.StartsWith("DTSTART:", StringComparison.Ordinal)))
        {
            Assert.True(int.Parse(start["DTSTART:".Length..][..4]) <= year, $"{start} starts after {year}");
        }
    }

    [Fact]
    public void SiteFeed_HasOneTimeZonePerTzid_CoveringTheEarliestEvent()
    {
        var model = _site.LoadValid();
        var ics = CalendarTestSupport.Builder(model).BuildSiteCalendar(model.Events, "sv");

        Assert.Single(CalendarTestSupport.Parse(ics).TimeZones);
        var checkedFile = IcalChecker.CheckValid(ics);
        Assert.Equal(["2017-var@example.org", "2024-var@example.org"], checkedFile.Events.Select(e => e.Uid).Order());
        Assert.Contains(checkedFile.Events, e => e.Start == "2017-03-26T06:00:00Z"); // 08:00 CEST
    }

    private void WriteDstEvent(string slug, string spring, string autumn)
    {
        _site.Write($"content/events/{slug}/index.sv.md", $"""
            ---
            title: Tidsbyte {slug}
            start: {spring}T08:00
            end: {autumn}T17:00
            ---
            """);
        _site.Write($"content/events/{slug}/sessions/spring.sv.md", $"""
            ---
            title: Vårens pass
            start: {spring}T09:00
            end: {spring}T10:00
            ---
            """);
        _site.Write($"content/events/{slug}/sessions/autumn.sv.md", $"""
            ---
            title: Höstens pass
            start: {autumn}T09:00
            end: {autumn}T10:00
            ---
            """);
    }
}
