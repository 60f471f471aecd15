using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using Arshjul.Site.Build;
using Arshjul.Site.Exchange;
using Arshjul.Site.Tests.EndToEnd;
using Arshjul.Site.Tests.Support;

namespace Arshjul.Site.Tests.Exchange;

/// <summary>schedule.json (c3voc) and schedule.xml (frab) per event and language: valid, complete, stable, escaped.</summary>
public sealed class ScheduleExportTests(ExampleSiteFixture example) : IClassFixture<ExampleSiteFixture>, IDisposable
{
    private static readonly DateTimeOffset Now = new(2024, 2, 1, 12, 0, 0, TimeSpan.Zero);

    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void EveryExportOfTheExampleSite_ValidatesAgainstTheSharedSchemas()
    {
        var xml = example.Files.Where(f => f.Key.EndsWith("/schedule.xml", StringComparison.Ordinal)).ToDictionary(f => f.Key, f => f.Value);
        var json = example.Files.Where(f => f.Key.EndsWith("/schedule.json", StringComparison.Ordinal)).ToDictionary(f => f.Key, f => f.Value);
        var withProgramme = example.Result.Model!.Events.Where(ScheduleExport.HasExport).ToList();

        Assert.NotEmpty(withProgramme);
        Assert.Equal(withProgramme.Count * example.Result.Model.Languages.Count, xml.Count);
        Assert.Equal(xml.Count, json.Count);
        Assert.All(ScheduleValidators.FrabErrors(xml), p => Assert.True(p.Value.Length == 0, $"{p.Key}:\n{p.Value}"));
        Assert.All(ScheduleValidators.C3vocErrors(json), p => Assert.True(p.Value.Length == 0, $"{p.Key}:\n{p.Value}"));
    }

    [Fact]
    public void TheValidators_RejectAnExportWithoutGuids()
    {
        var xml = example.Text("sv/events/2018-reglab-arskonferens/schedule.xml");
        var json = example.Text("sv/events/2018-reglab-arskonferens/schedule.json");
        var brokenXml = System.Text.RegularExpressions.Regex.Replace(xml, " guid=\"[^\"]*\" id=", " id=");
        var brokenJson = System.Text.RegularExpressions.Regex.Replace(json, "\"guid\": \"[^\"]*\",\\s*\"id\"", "\"id\"");

        Assert.Contains("guid", ScheduleValidators.FrabErrors(new Dictionary<string, byte[]> { ["x"] = Encoding.UTF8.GetBytes(brokenXml) })["x"], StringComparison.Ordinal);
        Assert.Contains("guid", ScheduleValidators.C3vocErrors(new Dictionary<string, byte[]> { ["x"] = Encoding.UTF8.GetBytes(brokenJson) })["x"], StringComparison.Ordinal);
    }

    [Fact]
    public void Export_HasDaysByTheDayChange_RoomsInDeclaredOrder_AndStableGuids()
    {
        var result = BuildTestSite();
        var xml = XDocument.Parse(Text(result, "sv/events/natt/schedule.xml"));
        var day = Assert.Single(xml.Root!.Elements("day"));
        var rooms = day.Elements("room").Select(r => (string)r.Attribute("name")!).ToList();
        var late = xml.Descendants("event").Single(e => (string)e.Element("title")! == "Nattpass");

        Assert.Equal("1", (string)day.Attribute("index")!);
        Assert.Equal("2024-03-08", (string)day.Attribute("date")!);
        Assert.Equal("2024-03-08T04:00:00+01:00", (string)day.Attribute("start")!);
        Assert.Equal(["Sal B", "Sal A"], rooms);
        Assert.Equal("2024-03-09T00:30:00+01:00", (string)late.Element("date")!);
        Assert.Equal("00:45", (string)late.Element("duration")!);
        Assert.Equal(NameBasedUuid.Of("natt/nattpass@example.org").ToString(), (string)late.Attribute("guid")!);
        Assert.Equal((string)late.Attribute("guid")!, JsonGuid(Text(result, "en/events/natt/schedule.json"), "Late session"));
    }

    [Fact]
    public void Export_CarriesEveryFact_WithAbsoluteLinks_AndEscapedText()
    {
        var result = BuildTestSite();
        var xml = XDocument.Parse(Text(result, "sv/events/natt/schedule.xml"));
        var talk = xml.Descendants("event").Single(e => (string)e.Element("room")! == "Sal A");
        using var json = JsonDocument.Parse(Text(result, "sv/events/natt/schedule.json"));
        var jsonTalk = json.RootElement.GetProperty("schedule").GetProperty("conference").GetProperty("days")[0].GetProperty("rooms").GetProperty("Sal A")[0];

        Assert.Equal("<Öppning> & \"mer\"", (string)talk.Element("title")!);
        Assert.Equal("<Öppning> & \"mer\"", jsonTalk.GetProperty("title").GetString());
        Assert.Equal("Kort om <dagen>.", (string)talk.Element("abstract")!);
        Assert.Equal("Underrubrik", (string)talk.Element("subtitle")!);
        Assert.Equal("Spår 1", (string)talk.Element("track")!);
        Assert.Equal("talk", (string)talk.Element("type")!);
        Assert.Equal("en", (string)talk.Element("language")!);
        Assert.Equal("Mer text här.", (string)talk.Element("description")!);
        Assert.Equal("Anna Andersson", (string)talk.Descendants("person").Single());
        Assert.Equal("https://example.org/files/bilder.pdf", (string)talk.Descendants("attachment").Single().Attribute("href")!);
        Assert.Equal("https://video.example.net/1", (string)talk.Descendants("link").Single().Attribute("href")!);
        Assert.Equal("CC BY 4.0", (string)talk.Element("recording")!.Element("license")!);
        Assert.Equal("https://example.org/sv/events/natt/oppning/", (string)talk.Element("url")!);
        Assert.Equal("https://example.org/files/bilder.pdf", jsonTalk.GetProperty("attachments")[0].GetProperty("url").GetString());
        Assert.Equal("Anna Andersson", jsonTalk.GetProperty("persons")[0].GetProperty("name").GetString());
    }

    [Fact]
    public void JsonExport_WritesOffsetsAndHtmlCharactersAsTheyAre()
    {
        var json = Text(BuildTestSite(), "sv/events/natt/schedule.json");

        Assert.Contains("\"date\": \"2024-03-08T09:00:00+01:00\",\n", json, StringComparison.Ordinal);
        Assert.Contains("\"title\": \"<Öppning> & \\\"mer\\\"\",\n", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u002B", json, StringComparison.Ordinal);
    }

    [Fact]
    public void JsonExport_StillEscapesQuotesBackslashesAndControlCharacters_AndReadsBackTheSame()
    {
        const string title = "a \"b\" \\ c\u0001d\te\u2028f 😀";
        var start = new DateTimeOffset(2024, 3, 8, 9, 30, 0, TimeSpan.FromHours(1));
        var talk = new ExchangeTalk(Guid.Empty, 1, start, TimeSpan.FromMinutes(30), "Sal A", "x-1", null, title, null, null, "talk", null, null, null, [], [], [], null);
        var day = new ExchangeDay(1, new DateOnly(2024, 3, 8), start, start.AddDays(1), [talk]);
        var schedule = new ExchangeSchedule("T", "tttt", null, null, null, day.Date, day.Date, [new ExchangeRoom("Sal A", Guid.Empty)], [], [day]);

        var bytes = C3vocJsonWriter.Write(schedule);
        var json = Encoding.UTF8.GetString(bytes);

        Assert.Contains("\"title\": \"a \\\"b\\\" \\\\ c\\u0001d\\te\\u2028f \\uD83D\\uDE00\",\n", json, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(json);
        Assert.Equal(title, document.RootElement.GetProperty("schedule").GetProperty("conference").GetProperty("days")[0].GetProperty("rooms").GetProperty("Sal A")[0].GetProperty("title").GetString());
        Assert.Equal(bytes, C3vocJsonWriter.Write(schedule));
    }

    [Fact]
    public void Exports_AreLinkedFromTheEventPage_NotInTheSitemap_AndTheSameForAnyParallelism()
    {
        var one = BuildTestSite(parallelism: 1);
        var four = BuildTestSite(parallelism: 4);
        var page = new HtmlParser().ParseDocument(Text(one, "nb/events/natt/index.html"));
        var links = page.QuerySelectorAll(".schedule-apps a").Select(a => a.GetAttribute("href")).ToList();

        Assert.Equal(["../../../nb/events/natt/schedule.json", "../../../nb/events/natt/schedule.xml"], links);
        Assert.StartsWith("For programapper", page.QuerySelector(".schedule-apps")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("schedule.", Text(one, "sitemap.xml"), StringComparison.Ordinal);
        foreach (var path in new[] { "sv/events/natt/schedule.xml", "sv/events/natt/schedule.json" })
        {
            Assert.Equal(one.Files.Single(f => f.Path == path).Content, four.Files.Single(f => f.Path == path).Content);
        }

        Assert.All(ScheduleValidators.FrabErrors(one.Files.Where(f => f.Path.EndsWith(".xml", StringComparison.Ordinal) && f.Path.Contains("schedule", StringComparison.Ordinal)).ToDictionary(f => f.Path, f => f.Content)),
            p => Assert.True(p.Value.Length == 0, $"{p.Key}:\n{p.Value}"));
    }

    [Fact]
    public void NameBasedUuid_IsRfc4122Version5()
    {
        // Python: uuid.uuid5(uuid.NAMESPACE_DNS, "python.org")
        Assert.Equal(new Guid("886313e1-3b8a-5372-9b90-0c9aee199e5d"), NameBasedUuid.Create(new Guid("6ba7b810-9dad-11d1-80b4-00c04fd430c8"), "python.org"));
    }

    private BuildResult BuildTestSite(int parallelism = 2)
    {
        _site.Write("content/events/natt/index.sv.md", """
            ---
            title: Natt
            start: 2024-03-08T09:00
            end: 2024-03-09T02:00
            rooms: [Sal B, Sal A]
            tracks: [{ name: Spår 1, colour: "#1a2b3c" }]
            ---
            """);
        _site.Write("content/events/natt/index.en.md", "---\ntitle: Night\n---\n");
        _site.Write("content/events/natt/sessions/oppning.sv.md", """
            ---
            title: <Öppning> & "mer"
            subtitle: Underrubrik
            summary: Kort om <dagen>.
            kind: talk
            language: en
            start: 2024-03-08T09:00
            duration: 30m
            room: Sal A
            track: Spår 1
            speakers: [anna-andersson]
            materials: [{ title: Bilder, url: /files/bilder.pdf }]
            recording: { url: "https://video.example.net/1", licence: CC BY 4.0 }
            ---
            Mer text här.
            """);
        _site.Write("content/events/natt/sessions/parallellt.sv.md", "---\ntitle: Parallellt\nstart: 2024-03-08T09:00\nduration: 1h\nroom: Sal B\n---\n");
        _site.Write("content/events/natt/sessions/nattpass.sv.md", "---\ntitle: Nattpass\nstart: 2024-03-09T00:30\nduration: 45m\nroom: Sal B\n---\n");
        _site.Write("content/events/natt/sessions/nattpass.en.md", "---\ntitle: Late session\n---\n");
        _site.Write("content/speakers/anna-andersson.md", "---\nname: Anna Andersson\n---\n");
        _site.WriteBytes("static/files/bilder.pdf", [1, 2, 3]);
        var result = SiteBuilder.Build(new BuildRequest { Source = _site.Root, WriteOutput = false, Now = Now, Parallelism = parallelism });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result;
    }

    private static string JsonGuid(string json, string title)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("schedule").GetProperty("conference").GetProperty("days").EnumerateArray()
            .SelectMany(d => d.GetProperty("rooms").EnumerateObject().SelectMany(r => r.Value.EnumerateArray()))
            .Single(t => t.GetProperty("title").GetString() == title).GetProperty("guid").GetString()!;
    }

    private static string Text(BuildResult result, string path) => Encoding.UTF8.GetString(result.Files.Single(f => f.Path == path).Content);
}
