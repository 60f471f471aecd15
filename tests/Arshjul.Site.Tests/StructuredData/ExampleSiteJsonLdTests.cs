using System.Text.Json;
using Arshjul.Site.Tests.EndToEnd;

namespace Arshjul.Site.Tests.StructuredData;

/// <summary>The JSON-LD of the example site's event and programme-item pages, read as a crawler reads it.</summary>
public sealed class ExampleSiteJsonLdTests(ExampleSiteFixture site) : IClassFixture<ExampleSiteFixture>
{
    private static readonly string[] Languages = ["sv", "nb", "en"];

    private IEnumerable<(string Lang, string Slug, string Path)> EventPages() =>
        from e in site.Result.Model!.Events
        from lang in Languages
        select (lang, e.Slug, $"{lang}/events/{e.Slug}/index.html");

    private JsonElement Single(string path)
    {
        var all = JsonLd.FromHtml(site.Text(path));
        return Assert.Single(all);
    }

    [Fact]
    public void EveryEventPage_HasAnEventWithTheRequiredFields()
    {
        var pages = EventPages().ToList();
        Assert.Equal(6 * 3, pages.Count);
        foreach (var (lang, slug, path) in pages)
        {
            var json = Single(path);
            Assert.Equal("https://schema.org", json.Text("@context"));
            Assert.Equal("Event", json.Text("@type"));
            Assert.False(string.IsNullOrWhiteSpace(json.Text("name")), path);
            Assert.NotNull(json.Text("startDate"));
            Assert.StartsWith("https://schema.org/Event", json.Text("eventStatus"), StringComparison.Ordinal);
            Assert.EndsWith("EventAttendanceMode", json.Text("eventAttendanceMode"), StringComparison.Ordinal);
            Assert.Equal(lang, json.Text("inLanguage"));
            Assert.Equal($"https://example.org/{lang}/events/{slug}/", json.Text("url"));
            Assert.False(string.IsNullOrWhiteSpace(json.Text("description")), path);
            Assert.NotEmpty(json.Names("organizer"));
        }
    }

    [Theory]
    [InlineData("2024-riktningsmote", "2024-03-08T08:30:00+01:00", "2024-03-08T12:00:00+01:00")]
    [InlineData("2017-verksted-regional-utvikling", "2017-09-25T09:30:00+02:00", "2017-09-26T13:00:00+02:00")]
    [InlineData("2024-arbetsmote", "2024-01-26", null)]
    [InlineData("2024-varmland-2040", "2024-09-26", null)]
    [InlineData("2018-reglab-arskonferens", "2018-03-14", "2018-03-15")]
    public void EventDates_HaveTheOffsetOfTheirSeason_OrArePlainForAllDay(string slug, string start, string? end)
    {
        foreach (var lang in Languages)
        {
            var json = Single($"{lang}/events/{slug}/index.html");
            Assert.Equal(start, json.Text("startDate"));
            Assert.Equal(end, json.Text("endDate"));
        }
    }

    [Fact]
    public void Verksted_ListsItsSpeakersAsPerformers()
    {
        var json = Single("nb/events/2017-verksted-regional-utvikling/index.html");
        var performers = json.Names("performer");
        Assert.Contains("Kjetil Staalesen", performers);
        Assert.Equal(performers.Distinct().Count(), performers.Count);
    }

    [Fact]
    public void ProjektinternatInOrebro_HasItsPlace()
    {
        var location = Single("sv/events/2023-projektinternat-orebro/index.html").GetProperty("location");
        Assert.Equal("Place", location.Text("@type"));
        Assert.Equal("Örebro", location.Text("name"));
    }

    [Fact]
    public void EveryItemPage_HasAnEventWithItsEventAsSuperEvent()
    {
        var items = site.Result.Model!.Events.SelectMany(e => e.AllItems.Where(i => i.HasPage)).ToList();
        Assert.NotEmpty(items);
        foreach (var item in items)
        {
            foreach (var lang in Languages)
            {
                var json = Single($"{lang}/events/{item.Event.Slug}/{item.Id}/index.html");
                Assert.Equal("Event", json.Text("@type"));
                Assert.Equal($"https://example.org/{lang}/events/{item.Event.Slug}/{item.Id}/", json.Text("url"));
                var parent = json.GetProperty("superEvent");
                Assert.Equal($"https://example.org/{lang}/events/{item.Event.Slug}/", parent.Text("url"));
                Assert.Equal(item.Event.Text.In(lang).Value.Title, parent.Text("name"));
                if (item.Start is not null) Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:00\+0[12]:00$", json.Text("startDate"));
            }
        }
    }

    [Fact]
    public void OtherPages_HaveNoJsonLd()
    {
        Assert.Empty(JsonLd.FromHtml(site.Text("sv/index.html")));
        Assert.Empty(JsonLd.FromHtml(site.Text("sv/news/index.html")));
    }
}
