using System.Text.Json;
using Arshjul.Site.Model;
using Arshjul.Site.Rendering.StructuredData;
using Arshjul.Site.Tests.Support;

namespace Arshjul.Site.Tests.StructuredData;

public sealed class EventJsonLdTests
{
    private static (SiteModel Model, TestSite Site) Load(string eventFrontMatter, params (string Path, string Text)[] more)
    {
        var site = new TestSite();
        site.Write("content/events/test/index.sv.md", "---\n" + eventFrontMatter.TrimEnd() + "\n---\nText.\n");
        site.Write("content/speakers/anna.md", "---\nname: Anna Berg\norganisation: Region X\n---\n");
        site.Write("content/speakers/olof.md", "---\nname: Olof Lind\n---\n");
        foreach (var (path, text) in more) site.Write(path, text);
        return (site.LoadValid(), site);
    }

    private static JsonElement EventJson(SiteModel model, string lang = "sv") =>
        Assert.Single(JsonLd.FromHtml(EventJsonLd.ForEvent(model.FindEvent("test")!, lang, model.Options).Html));

    [Fact]
    public void TimedEvent_HasStartAndEndWithTheZonesOffset_InWinterAndSummer()
    {
        var (winter, s1) = Load("title: Vinter\nstart: 2024-03-08T08:30\nend: 2024-03-08T12:00");
        using (s1)
        {
            var json = EventJson(winter);
            Assert.Equal("2024-03-08T08:30:00+01:00", json.Text("startDate"));
            Assert.Equal("2024-03-08T12:00:00+01:00", json.Text("endDate"));
        }

        var (summer, s2) = Load("title: Sommar\nstart: 2017-09-25T09:30\nend: 2017-09-26T13:00");
        using (s2)
        {
            var json = EventJson(summer);
            Assert.Equal("2017-09-25T09:30:00+02:00", json.Text("startDate"));
            Assert.Equal("2017-09-26T13:00:00+02:00", json.Text("endDate"));
        }
    }

    [Fact]
    public void EventInItsOwnZone_UsesThatZonesOffset()
    {
        var (model, site) = Load("title: New York\nstart: 2024-07-01T10:00\ntimeZone: America/New_York");
        using (site)
        {
            Assert.Equal("2024-07-01T10:00:00-04:00", EventJson(model).Text("startDate"));
        }
    }

    [Fact]
    public void AllDayEvent_HasPlainDates()
    {
        var (model, site) = Load("title: Spara datumet\nstart: 2024-09-26\nend: 2024-09-27");
        using (site)
        {
            var json = EventJson(model);
            Assert.Equal("2024-09-26", json.Text("startDate"));
            Assert.Equal("2024-09-27", json.Text("endDate"));
        }
    }

    [Theory]
    [InlineData("scheduled", "https://schema.org/EventScheduled")]
    [InlineData("tentative", "https://schema.org/EventScheduled")]
    [InlineData("postponed", "https://schema.org/EventPostponed")]
    [InlineData("cancelled", "https://schema.org/EventCancelled")]
    public void Status_FollowsTheContentModelsTable(string status, string expected)
    {
        var (model, site) = Load($"title: T\nstart: 2024-03-08\nstatus: {status}");
        using (site)
        {
            Assert.Equal(expected, EventJson(model).Text("eventStatus"));
        }
    }

    [Fact]
    public void PhysicalPlace_IsAPlaceWithAnAddress()
    {
        var (model, site) = Load("title: T\nstart: 2024-03-08\nlocation:\n  name: Karlstad CCC\n  address: Tage Erlandergatan 8\n  city: Karlstad");
        using (site)
        {
            var json = EventJson(model);
            Assert.Equal("https://schema.org/OfflineEventAttendanceMode", json.Text("eventAttendanceMode"));
            var location = json.GetProperty("location");
            Assert.Equal("Place", location.Text("@type"));
            Assert.Equal("Karlstad CCC", location.Text("name"));
            Assert.Equal("Tage Erlandergatan 8", location.GetProperty("address").Text("streetAddress"));
            Assert.Equal("Karlstad", location.GetProperty("address").Text("addressLocality"));
        }
    }

    [Fact]
    public void OnlineEvent_IsAVirtualLocation()
    {
        var (model, site) = Load("title: T\nstart: 2024-03-08T10:00\nlocation:\n  name: Teams\n  url: https://meet.example.org/x\n  online: true");
        using (site)
        {
            var json = EventJson(model);
            Assert.Equal("https://schema.org/OnlineEventAttendanceMode", json.Text("eventAttendanceMode"));
            var location = json.GetProperty("location");
            Assert.Equal("VirtualLocation", location.Text("@type"));
            Assert.Equal("https://meet.example.org/x", location.Text("url"));
        }
    }

    [Fact]
    public void OnlineEventWithAnAddress_IsMixed()
    {
        var (model, site) = Load("title: T\nstart: 2024-03-08T10:00\nlocation:\n  name: Hus\n  city: Karlstad\n  url: https://meet.example.org/x\n  online: true");
        using (site)
        {
            var json = EventJson(model);
            Assert.Equal("https://schema.org/MixedEventAttendanceMode", json.Text("eventAttendanceMode"));
            Assert.Equal(["Place", "VirtualLocation"], json.GetProperty("location").EnumerateArray().Select(l => l.Text("@type")));
        }
    }

    [Fact]
    public void Event_HasOrganisersPerformersLanguageUrlAndDescription_InAFixedOrder()
    {
        var (model, site) = Load("""
            title: Dagen
            start: 2024-03-08
            organisers: [Region Värmland, Reglab]
            summary: En dag om allt.
            schedule:
              - title: Inledning
                time: "09.00"
                speakers: [anna, olof]
              - title: Panel
                time: "10.00"
                speakers: [olof, { name: Gäst Gästsson, organisation: Gäst AB }]
                moderators: [anna]
            """, ("content/events/test/index.en.md", "---\ntitle: The day\nsummary: A day about everything.\n---\nText.\n"));
        using (site)
        {
            var json = EventJson(model, "en");
            Assert.Equal(["@context", "@type", "name", "startDate", "eventStatus", "eventAttendanceMode", "organizer", "performer", "inLanguage", "url", "description"],
                json.EnumerateObject().Select(p => p.Name));
            Assert.Equal("https://schema.org", json.Text("@context"));
            Assert.Equal("Event", json.Text("@type"));
            Assert.Equal("The day", json.Text("name"));
            Assert.Equal(["Region Värmland", "Reglab"], json.Names("organizer"));
            Assert.All(json.GetProperty("organizer").EnumerateArray(), o => Assert.Equal("Organization", o.Text("@type")));
            Assert.Equal(["Anna Berg", "Olof Lind", "Gäst Gästsson"], json.Names("performer"));
            Assert.All(json.GetProperty("performer").EnumerateArray(), o => Assert.Equal("Person", o.Text("@type")));
            Assert.Equal("en", json.Text("inLanguage"));
            Assert.Equal("https://example.org/en/events/test/", json.Text("url"));
            Assert.Equal("A day about everything.", json.Text("description"));
        }
    }

    [Fact]
    public void Item_IsAnEventWithItsEventAsSuperEvent()
    {
        var (model, site) = Load("""
            title: Dagen
            start: 2024-03-08
            schedule:
              - id: panel
                title: Panel
                time: "10.00"
                duration: 45m
                language: en
                speakers: [olof]
                description: Ett samtal.
            """);
        using (site)
        {
            var item = model.FindEvent("test")!.AllItems.Single(i => i.Id == "panel");
            var json = Assert.Single(JsonLd.FromHtml(EventJsonLd.ForItem(item, "sv", model.Options, "Ett samtal.").Html));
            Assert.Equal("Panel", json.Text("name"));
            Assert.Equal("2024-03-08T10:00:00+01:00", json.Text("startDate"));
            Assert.Equal("2024-03-08T10:45:00+01:00", json.Text("endDate"));
            Assert.Equal(["Olof Lind"], json.Names("performer"));
            Assert.Equal("en", json.Text("inLanguage"));
            Assert.Equal("https://example.org/sv/events/test/panel/", json.Text("url"));
            Assert.Equal("Ett samtal.", json.Text("description"));
            var parent = json.GetProperty("superEvent");
            Assert.Equal("Event", parent.Text("@type"));
            Assert.Equal("Dagen", parent.Text("name"));
            Assert.Equal("https://example.org/sv/events/test/", parent.Text("url"));
        }
    }

    [Fact]
    public void ItemOfACancelledEvent_IsCancelled()
    {
        var (model, site) = Load("title: Dagen\nstart: 2024-03-08\nstatus: cancelled\nschedule:\n  - id: a\n    title: A\n    time: \"10.00\"\n    description: Text.");
        using (site)
        {
            var item = model.FindEvent("test")!.AllItems.Single();
            var json = Assert.Single(JsonLd.FromHtml(EventJsonLd.ForItem(item, "sv", model.Options, null).Html));
            Assert.Equal("https://schema.org/EventCancelled", json.Text("eventStatus"));
        }
    }
}
