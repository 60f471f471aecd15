using System.Text;
using Arshjul.Site.Build;
using Arshjul.Site.Exchange;
using Arshjul.Site.Exchange.Import;
using Arshjul.Site.Model;
using Arshjul.Site.Tests.Cli;
using Arshjul.Site.Tests.Support;

namespace Arshjul.Site.Tests.Exchange;

/// <summary>
/// `arshjul import`: pretalx's democon and a hand-written frab schedule.xml (Fixtures/frab-nightowl.xml) import, build
/// without errors and round-trip, keeping each talk's guid; an existing event is refused; a re-import with --force keeps slugs and guids.
/// </summary>
public sealed class ScheduleImportTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2024, 2, 1, 12, 0, 0, TimeSpan.Zero);

    private readonly TestSite _site = new("title: Test\nbaseUrl: https://example.org/\nlanguages: [en, sv]\ntimeZone: Europe/Stockholm\n");

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Democon_Imports_Builds_AndRoundTrips()
    {
        var democon = RepoPaths.SharedSchema("pretalx-democon.json");
        var run = CliRun.Of("import", "c3voc", democon, "--event", "democon", "--source", _site.Root);
        Assert.True(run.Exit == 0, run.ToString());

        var result = SiteBuilder.Build(new BuildRequest { Source = _site.Root, WriteOutput = false, Now = Now });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var exported = Encoding.UTF8.GetString(result.Files.Single(f => f.Path == "en/events/democon/schedule.json").Content);
        var exportedXml = Encoding.UTF8.GetString(result.Files.Single(f => f.Path == "en/events/democon/schedule.xml").Content);

        var source = Facts(C3vocJsonReader.Read(File.ReadAllText(democon)));
        Assert.Equal(36, source.Count);
        Assert.Equal(source, Facts(C3vocJsonReader.Read(exported)));
        Assert.Equal(source, Facts(FrabXmlReader.Read(exportedXml)));

        // An app that holds pretalx's schedule and then reads the site's sees the same talks, not 36 new ones.
        var guids = TalkGuids(C3vocJsonReader.Read(File.ReadAllText(democon)));
        Assert.Equal(36, guids.Count);
        Assert.Equal(guids, TalkGuids(C3vocJsonReader.Read(exported)));
        Assert.Equal(guids, TalkGuids(FrabXmlReader.Read(exportedXml)));
    }

    [Fact]
    public void Import_IntoASiteThatHasTheEvent_RefusesWithoutForce_Exit2_NothingWritten()
    {
        _site.Write("content/events/democon/index.sv.md", "---\ntitle: Finns redan\nstart: 2020-12-14\n---\n");
        var before = Tree();

        var run = CliRun.Of("import", "c3voc", RepoPaths.SharedSchema("pretalx-democon.json"), "--event", "democon", "--source", _site.Root);

        Assert.Equal(2, run.Exit);
        Assert.Contains("content/events/democon/index.sv.md", run.Err, StringComparison.Ordinal);
        Assert.Equal(before, Tree());
    }

    [Fact]
    public void FrabFixture_IsValidAgainstTheFrabSchema()
    {
        var errors = ScheduleValidators.FrabErrors(new Dictionary<string, byte[]> { ["frab-nightowl.xml"] = File.ReadAllBytes(NightOwl) });

        Assert.Equal("", errors["frab-nightowl.xml"]);
    }

    [Fact]
    public void FrabFixture_Imports_TheNightTalkOnItsDay_TheDay2Room_OnePersonWithBothTalks_AndAbsoluteLinks()
    {
        var run = ImportNightOwl();

        Assert.True(run.Exit == 0, run.ToString());
        Assert.Equal(
            ["after-midnight-hacking.en.md", "closing.en.md", "opening-the-night.en.md", "owl-watching.en.md", "soldering-for-owls.en.md"],
            FileNames("content/events/nightowl/sessions"));
        Assert.Equal(["ada-lovelace.md", "grace-hopper.md", "linus-owlsson.md"], FileNames("content/speakers"));

        var model = Build().Model!;
        var ev = model.FindEvent("nightowl")!;
        Assert.Equal("Europe/Helsinki", ev.TimeZoneId);
        Assert.Equal(["Main Hall", "Workshop Room", "Garden Tent"], ev.Rooms.Select(r => r.Name));

        // 00:30 on the 15th in Helsinki (22:30 UTC on the 14th) is still the night of day 1.
        var night = Item(ev, "after-midnight-hacking");
        Assert.Equal(new DateTime(2025, 3, 15, 0, 30, 0), night.Start);
        Assert.Equal(new DateTimeOffset(2025, 3, 14, 22, 30, 0, TimeSpan.Zero), LocalInstant.Of(night.Start!.Value, ev.TimeZone));
        Assert.Equal(new DateOnly(2025, 3, 14), night.ProgrammeDate);
        Assert.Equal("Main Hall", night.Room);
        Assert.Equal(TimeSpan.FromHours(1), night.End - night.Start);

        var opening = Item(ev, "opening-the-night");
        Assert.Equal(new DateTimeOffset(2025, 3, 14, 8, 0, 0, TimeSpan.Zero), LocalInstant.Of(opening.Start!.Value, ev.TimeZone));
        Assert.Equal("Why owls stay up", opening.Text.Source.Value.Subtitle);
        Assert.Equal("What the two days hold.", opening.Text.Source.Value.Summary);

        var garden = Assert.Single(ev.AllItems, i => i.Room == "Garden Tent");
        Assert.Equal("owl-watching", garden.Id);
        Assert.Equal(new DateOnly(2025, 3, 15), garden.ProgrammeDate);

        var ada = Assert.Single(model.People.Values, p => p.Name == "Ada Lovelace");
        Assert.Equal(["opening-the-night", "soldering-for-owls"], ada.Items.Select(i => i.Id).Order(StringComparer.Ordinal));
        Assert.Equal(["ada-lovelace"], Item(ev, "soldering-for-owls").Speakers.Select(p => p.Person!.Slug));

        // "media/…" against the base_url's folder, "/video/…" against its host.
        Assert.Equal([new Material("Slides", "https://nightowl.example.net/2025/media/soldering-slides.pdf")], Item(ev, "soldering-for-owls").Materials);
        Assert.Equal([new Material("Video", "https://nightowl.example.net/video/after-midnight")], night.Materials);
    }

    [Fact]
    public void FrabFixture_RoundTripsThroughBothExports()
    {
        Assert.True(ImportNightOwl().Exit == 0);
        var result = Build();
        var exportedXml = result.Files.Single(f => f.Path == "en/events/nightowl/schedule.xml").Content;
        var exportedJson = Encoding.UTF8.GetString(result.Files.Single(f => f.Path == "en/events/nightowl/schedule.json").Content);

        var source = FrabXmlReader.Read(File.ReadAllText(NightOwl));
        var fromXml = FrabXmlReader.Read(Encoding.UTF8.GetString(exportedXml));
        var fromJson = C3vocJsonReader.Read(exportedJson);
        Assert.Equal(5, Facts(source).Count);
        Assert.Equal(Facts(source), Facts(fromXml));
        Assert.Equal(Facts(source), Facts(fromJson));
        Assert.Equal(DayFacts(source), DayFacts(fromXml));
        Assert.Equal(DayFacts(source), DayFacts(fromJson));
        Assert.Equal(LinkFacts(source), LinkFacts(fromXml));
        Assert.Equal(LinkFacts(source), LinkFacts(fromJson));
        Assert.Equal(TalkGuids(source), TalkGuids(fromXml));
        Assert.Equal(TalkGuids(source), TalkGuids(fromJson));
        Assert.Equal(["Main Hall", "Workshop Room"], RoomsOn(fromXml, 1));
        Assert.Equal(["Main Hall", "Garden Tent"], RoomsOn(fromXml, 2));
        Assert.Equal("", ScheduleValidators.FrabErrors(new Dictionary<string, byte[]> { ["x"] = exportedXml })["x"]);
    }

    [Fact]
    public void Reimport_WithForce_KeepsTheFileNamesOfSessionsAndPeople_AndTheGuids()
    {
        Assert.True(ImportNightOwl().Exit == 0);
        var first = Tree();
        var guids = Guids();
        Assert.Equal(5, guids.Count);

        var again = ImportNightOwl("--force");

        Assert.True(again.Exit == 0, again.ToString());
        Assert.Equal(first, Tree());

        // A newer version: one title and one time changed. The session is found again by its guid.
        var newer = File.ReadAllText(NightOwl)
            .Replace("<title>Closing</title>", "<title>Closing Words</title>", StringComparison.Ordinal)
            .Replace("<date>2025-03-15T16:00:00+02:00</date>", "<date>2025-03-15T17:00:00+02:00</date>", StringComparison.Ordinal);
        _site.Write("newer.xml", newer);
        var files = FileNames("content/events/nightowl/sessions").Concat(FileNames("content/speakers")).ToList();

        var update = CliRun.Of("import", "frab", Path.Combine(_site.Root, "newer.xml"), "--event", "nightowl", "--source", _site.Root, "--force");

        Assert.True(update.Exit == 0, update.ToString());
        Assert.Equal(files, FileNames("content/events/nightowl/sessions").Concat(FileNames("content/speakers")));
        Assert.Equal(guids, Guids());
        var closing = File.ReadAllText(Path.Combine(_site.Root, "content/events/nightowl/sessions/closing.en.md"));
        Assert.Contains("title: \"Closing Words\"\n", closing, StringComparison.Ordinal);
        Assert.Contains("start: 2025-03-15T17:00\n", closing, StringComparison.Ordinal);
    }

    private static string NightOwl => Path.Combine(RepoPaths.Root, "tests", "Arshjul.Site.Tests", "Exchange", "Fixtures", "frab-nightowl.xml");

    private CliRun ImportNightOwl(params string[] more) =>
        CliRun.Of(["import", "frab", NightOwl, "--event", "nightowl", "--source", _site.Root, .. more]);

    private BuildResult Build()
    {
        var result = SiteBuilder.Build(new BuildRequest { Source = _site.Root, WriteOutput = false, Now = Now });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result;
    }

    private static ProgrammeItem Item(Event ev, string id) => ev.AllItems.Single(i => i.Id == id);

    private List<string> FileNames(string folder) =>
        Directory.EnumerateFiles(Path.Combine(_site.Root, folder)).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal).ToList();

    // File name → its guid line, for every session file.
    private Dictionary<string, string> Guids() =>
        Directory.EnumerateFiles(Path.Combine(_site.Root, "content/events/nightowl/sessions")).ToDictionary(
            f => Path.GetFileName(f),
            f => File.ReadAllLines(f).Single(l => l.StartsWith("guid: ", StringComparison.Ordinal)),
            StringComparer.Ordinal);

    private static HashSet<string> TalkGuids(ExchangeSchedule schedule) =>
        schedule.Talks.Select(t => $"{t.Title}|{t.Guid:D}").ToHashSet(StringComparer.Ordinal);

    private static HashSet<string> DayFacts(ExchangeSchedule schedule) =>
        schedule.Days.SelectMany(d => d.Talks.Select(t => $"{t.Title}|{d.Date:yyyy-MM-dd}")).ToHashSet(StringComparer.Ordinal);

    // Links and attachments together: the content model keeps both as materials, the exports write them as attachments.
    private static HashSet<string> LinkFacts(ExchangeSchedule schedule) =>
        schedule.Talks.SelectMany(t => t.Links.Concat(t.Attachments).Select(l => $"{t.Title}|{l.Title}|{l.Url}")).ToHashSet(StringComparer.Ordinal);

    private static List<string> RoomsOn(ExchangeSchedule schedule, int index) =>
        schedule.RoomsOn(schedule.Days.Single(d => d.Index == index)).Select(r => r.Room.Name).ToList();

    private static HashSet<string> Facts(ExchangeSchedule schedule) =>
        schedule.Talks.Select(t => $"{t.Title}|{t.Start.UtcDateTime:O}|{t.Duration}|{t.Room}|{string.Join(",", t.Persons.Select(p => p.Name).Order(StringComparer.Ordinal))}").ToHashSet(StringComparer.Ordinal);

    private List<string> Tree() =>
        Directory.EnumerateFiles(_site.Root, "*", SearchOption.AllDirectories).Select(f => f + ":" + File.ReadAllText(f)).Order(StringComparer.Ordinal).ToList();
}
