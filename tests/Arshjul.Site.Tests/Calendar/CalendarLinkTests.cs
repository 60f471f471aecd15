using Arshjul.Site.Calendar;
using Arshjul.Site.Tests.Support;

namespace Arshjul.Site.Tests.Calendar;

/// <summary>"Add to Google Calendar" and webcal:// subscription links.</summary>
public sealed class CalendarLinkTests : IDisposable
{
    private readonly TestSite _site = new(TestSite.DefaultSiteYml.Replace("https://example.org/", "https://example.org/sub/"));

    public CalendarLinkTests()
    {
        _site.Write("content/events/mote/index.sv.md", """
            ---
            title: "Möte & samtal: 50 % mer?"
            start: 2024-03-31T08:30
            end: 2024-03-31T12:00
            summary: Första raden.
            location: { name: Stadshuset, city: Karlstad }
            schedule:
              - title: Pass ett
                time: "09.00"
                end: "10.00"
                room: Sal A
              - title: Utan tid
            ---
            """);
        _site.Write("content/events/dag/index.sv.md", """
            ---
            title: Heldag
            start: 2024-09-26
            end: 2024-09-27
            ---
            """);
    }

    public void Dispose() => _site.Dispose();

    [Fact]
    public void TimedEvent_GivesLocalTimesWithItsZone_AndEncodesEveryValue()
    {
        var model = _site.LoadValid();
        var link = GoogleCalendarLink.For(model.FindEvent("mote")!, "sv", CalendarTestSupport.PlainText, model.Options);

        Assert.Equal(
            "https://calendar.google.com/calendar/render?action=TEMPLATE"
            + "&text=M%C3%B6te%20%26%20samtal%3A%2050%20%25%20mer%3F"
            + "&dates=20240331T083000/20240331T120000"
            + "&ctz=Europe/Stockholm"
            + "&details=F%C3%B6rsta%20raden.%0A%0Ahttps%3A//example.org/sub/sv/events/mote/"
            + "&location=Stadshuset%2C%20Karlstad",
            link);
        var query = new Uri(link).Query.TrimStart('?').Split('&')
            .Select(p => p.Split('='))
            .ToDictionary(p => p[0], p => Uri.UnescapeDataString(p[1]));
        Assert.Equal("Möte & samtal: 50 % mer?", query["text"]);
        Assert.Equal("Första raden.\n\nhttps://example.org/sub/sv/events/mote/", query["details"]);
    }

    [Fact]
    public void AllDayEvent_GivesDatesWithAnExclusiveEnd_AndNoZone()
    {
        var model = _site.LoadValid();
        var link = GoogleCalendarLink.For(model.FindEvent("dag")!, "en", CalendarTestSupport.PlainText, model.Options);

        Assert.Contains("&dates=20240926/20240928&", link);
        Assert.DoesNotContain("ctz=", link);
        Assert.Contains("&details=https%3A//example.org/sub/en/events/dag/", link);
    }

    [Fact]
    public void Item_GivesItsTimesAndRoom_OrNullWithoutAStart()
    {
        var model = _site.LoadValid();
        var ev = model.FindEvent("mote")!;
        var timed = GoogleCalendarLink.For(ev.AllItems.Single(i => i.Id == "pass-ett"), "sv", CalendarTestSupport.PlainText, model.Options);

        Assert.NotNull(timed);
        Assert.Contains("&text=Pass%20ett&dates=20240331T090000/20240331T100000&ctz=Europe/Stockholm&", timed);
        Assert.EndsWith("&location=Sal%20A%2C%20Stadshuset%2C%20Karlstad", timed);
        Assert.Null(GoogleCalendarLink.For(ev.AllItems.Single(i => i.Id == "utan-tid"), "sv", CalendarTestSupport.PlainText, model.Options));
    }

    [Fact]
    public void Webcal_ReplacesTheHttpScheme_OfTheFeed()
    {
        var model = _site.LoadValid();
        Assert.Equal("webcal://example.org/sub/nb/calendar.ics", WebcalLink.ForFeed(model.Options, "nb"));
        Assert.Equal("webcal://example.org/x.ics", WebcalLink.For("http://example.org/x.ics"));
        Assert.Throws<ArgumentException>(() => WebcalLink.For("ftp://example.org/x.ics"));
    }

    [Fact]
    public void CalendarUrls_KeepBaseUrlsSubFolder()
    {
        var model = _site.LoadValid();
        var ics = CalendarTestSupport.Builder(model).BuildEventCalendar(model.FindEvent("mote")!, "sv");
        Assert.Contains("URL:https://example.org/sub/sv/events/mote/", CalendarTestSupport.Unfolded(ics));
        Assert.Contains("UID:mote@example.org", CalendarTestSupport.Unfolded(ics));
    }
}
