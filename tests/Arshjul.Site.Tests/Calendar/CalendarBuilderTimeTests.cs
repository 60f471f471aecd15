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
        // as are 2017-03-26 and 2017-10-29: the same rule, an older year.
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
    [InlineData("2017-var", "20161030T030000 20170326T020000 20171029T030000 20180325T020000")]
    [InlineData("2024-var", "20231029T030000 20240331T020000 20241027T030000 20250330T020000")]
    public void TimeZone_HasEachTransitionOfItsSpan_AndOneOnEachSide(string slug, string starts)
    {
        var model = _site.LoadValid();
        var ics = CalendarTestSupport.Builder(model).BuildEventCalendar(model.FindEvent(slug)!, "sv");

        var zone = Assert.Single(CalendarTestSupport.Parse(ics).TimeZones);
        Assert.Equal("Europe/Stockholm", zone.TzId);
        var block = TimeZoneBlock(ics);
        // The event runs from the spring change to the autumn one: the summer, the winter after it, and
        // the winter before and the summer after on either side. Each observance is one real interval, no RRULE.
        Assert.Equal(starts.Split(' '), block.Where(l => l.StartsWith("DTSTART:", StringComparison.Ordinal)).Select(l => l["DTSTART:".Length..]));
        Assert.Equal(["BEGIN:STANDARD", "BEGIN:DAYLIGHT", "BEGIN:STANDARD", "BEGIN:DAYLIGHT"], block.Where(l => l.StartsWith("BEGIN:", StringComparison.Ordinal)).Skip(1));
        Assert.Equal(["TZOFFSETTO:+0100", "TZOFFSETTO:+0200", "TZOFFSETTO:+0100", "TZOFFSETTO:+0200"], block.Where(l => l.StartsWith("TZOFFSETTO:", StringComparison.Ordinal)));
        Assert.DoesNotContain(block, l => l.StartsWith("RRULE", StringComparison.Ordinal));
    }

    [Fact]
    public void SiteFeed_HasOneTimeZonePerTzid_CoveringEveryEventsSpan()
    {
        var model = _site.LoadValid();
        var ics = CalendarTestSupport.Builder(model).BuildSiteCalendar(model.Events, "sv");

        Assert.Single(CalendarTestSupport.Parse(ics).TimeZones);
        var starts = TimeZoneBlock(ics).Where(l => l.StartsWith("DTSTART:", StringComparison.Ordinal)).ToList();
        Assert.Equal(("DTSTART:20161030T030000", "DTSTART:20250330T020000"), (starts[0], starts[^1]));
        Assert.Equal(18, starts.Count); // the winter before 2017, two changes a year 2017-2024, the summer after
        var checkedFile = IcalChecker.CheckValid(ics);
        Assert.Equal(["2017-var@example.org", "2024-var@example.org"], checkedFile.Events.Select(e => e.Uid).Order());
        Assert.Contains(checkedFile.Events, e => e.Start == "2017-03-26T06:00:00Z"); // 08:00 CEST
        Assert.Contains(checkedFile.Events, e => e.Start == "2024-03-31T06:00:00Z" && e.End == "2024-10-27T16:00:00Z"); // 08:00 CEST, 17:00 CET
    }

    private static List<string> TimeZoneBlock(string ics) =>
        CalendarTestSupport.Unfolded(ics).SkipWhile(l => l != "BEGIN:VTIMEZONE").TakeWhile(l => l != "END:VTIMEZONE").ToList();

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
