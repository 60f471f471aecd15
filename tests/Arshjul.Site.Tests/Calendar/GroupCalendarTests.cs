using System.Text;
using AngleSharp.Html.Parser;
using Arshjul.Site.Build;
using Arshjul.Site.Model;
using Arshjul.Site.Tests.EndToEnd;
using Arshjul.Site.Tests.Support;

namespace Arshjul.Site.Tests.Calendar;

/// <summary>
/// Issue 16, point 3: calendars of one programme day, room, track or person hold exactly that part of the
/// programme, with the same VEVENTs (UID, SEQUENCE, instants) as the item files, parse in ical.js and in
/// libical and vobject, and are linked, with a webcal: subscription beside each download, where they belong.
/// The expected items come from the content files or from the test's own small site, not from the model.
/// </summary>
public sealed class GroupCalendarTests(ExampleSiteFixture example) : IClassFixture<ExampleSiteFixture>, IDisposable
{
    private static readonly DateTimeOffset Now = new(2024, 2, 1, 12, 0, 0, TimeSpan.Zero);
    private const string Reglab = "2018-reglab-arskonferens";
    private const string Verksted = "2017-verksted-regional-utvikling";

    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Theory]
    [InlineData("Sal A", "room-sal-a")]
    [InlineData("Sal D", "room-sal-d")]
    public void ReglabRoomCalendar_HoldsExactlyTheLarpassInThatRoom_AsTheirOwnFilesHaveThem(string room, string name)
    {
        var sessions = Path.Combine(RepoPaths.Root, "content", "events", Reglab, "sessions");
        var expected = Directory.GetFiles(sessions, "*.sv.md")
            .Where(f => File.ReadLines(f).Contains("room: " + room))
            .Select(f => Path.GetFileName(f).Split('.')[0])
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.NotEmpty(expected);

        foreach (var lang in new[] { "sv", "nb", "en" })
        {
            var ics = example.Text($"{lang}/events/{Reglab}/calendars/{name}.ics");
            var parsed = IcalChecker.CheckValid(ics);
            Assert.Equal(expected.Select(id => $"{Reglab}/{id}@example.org"), parsed.Events.Select(e => e.Uid!).Order(StringComparer.Ordinal));
            foreach (var id in expected) AssertSameVEvent(ics, example.Text($"{lang}/events/{Reglab}/{id}/{id}.ics"), $"{Reglab}/{id}@example.org");
        }
    }

    [Fact]
    public void ReglabRooms_TogetherHoldEveryLarpass_AndTheLunchIsInNone()
    {
        var programme = IcalChecker.CheckValid(example.Text($"sv/events/{Reglab}/programme.ics")).Events.Select(e => e.Uid!).ToHashSet();
        var rooms = new[] { "a", "b", "c", "d" }.SelectMany(r => IcalChecker.CheckValid(example.Text($"sv/events/{Reglab}/calendars/room-sal-{r}.ics")).Events.Select(e => e.Uid!)).ToList();

        Assert.Equal(rooms.Count, rooms.Distinct().Count());
        Assert.Equal(programme.Where(uid => uid != $"{Reglab}/lunch@example.org").Order(StringComparer.Ordinal), rooms.Order(StringComparer.Ordinal));
        // Its programme has one day: no day calendars (programme.ics is that day's).
        Assert.DoesNotContain(example.Files.Keys, p => p.StartsWith($"sv/events/{Reglab}/calendars/day-", StringComparison.Ordinal));
    }

    [Fact]
    public void VerkstedDayCalendars_SplitTheProgrammeByDay_WithTheProgrammesVEvents()
    {
        var programmeText = example.Text($"nb/events/{Verksted}/programme.ics");
        var programme = IcalChecker.CheckValid(programmeText).Events;
        var days = new[] { "2017-09-25", "2017-09-26" };
        var seen = new List<string>();
        foreach (var day in days)
        {
            var ics = example.Text($"nb/events/{Verksted}/calendars/day-{day}.ics");
            var events = IcalChecker.CheckValid(ics).Events;
            Assert.NotEmpty(events);
            // Every item of the workshop starts between 09.30 and 17.00 Oslo time: the UTC date is the day's.
            Assert.All(events, e => Assert.StartsWith(day, e.Start!, StringComparison.Ordinal));
            foreach (var e in events) AssertSameVEvent(ics, programmeText, e.Uid!);
            seen.AddRange(events.Select(e => e.Uid!));
        }

        Assert.Equal(programme.Select(e => e.Uid!).Order(StringComparer.Ordinal), seen.Order(StringComparer.Ordinal));
        Assert.Contains("X-WR-CALNAME:Verksted for regional utvikling – mandag 25. september 2017",
            CalendarTestSupport.Unfolded(example.Text($"nb/events/{Verksted}/calendars/day-2017-09-25.ics")));
    }

    [Fact]
    public void ExampleSitesGroupAndPersonCalendars_ParseInLibicalAndVobject_WithTheContentsInstants()
    {
        var files = example.Files.Keys
            .Where(p => p.Contains("/calendars/", StringComparison.Ordinal) || (p.StartsWith("sv/speakers/", StringComparison.Ordinal) && p.EndsWith(".ics", StringComparison.Ordinal)))
            .Order(StringComparer.Ordinal)
            .Select(p => (p, example.Text(p)))
            .ToList();
        Assert.True(files.Count >= 3 * (2 + 4) + 20, $"only {files.Count} group and person calendars");

        var compared = CalendarInstants.AssertEveryParserGives(files, CalendarInstants.From(example.Result.Model!));
        Assert.True(compared >= files.Count, $"compared {compared} VEVENTs");
    }

    [Fact]
    public void SmallSite_TrackRoomAndPersonCalendars_HoldExactlyTheirItems_InBothParsers()
    {
        WriteConference();
        var result = Build();
        string Ics(string path) => Text(result, path);

        var files = new Dictionary<string, string[]>
        {
            ["sv/events/konf/calendars/room-aulan.ics"] = ["konf/grupper", "konf/tema-ett", "konf/tema-tva", "konf/oppning"],
            ["sv/events/konf/calendars/room-sal-a.ics"] = ["konf/pass-a"],
            ["sv/events/konf/calendars/room-sal-a-2.ics"] = ["konf/pass-b"], // "sal a" makes the same slug as "Sal A"
            ["sv/events/konf/calendars/track-digitalt.ics"] = ["konf/pass-a", "konf/dag-tva"],
            ["sv/events/konf/calendars/day-2024-05-06.ics"] = ["konf/oppning", "konf/grupper", "konf/tema-ett", "konf/tema-tva", "konf/pass-a", "konf/pass-b"],
            ["sv/events/konf/calendars/day-2024-05-07.ics"] = ["konf/dag-tva"],
            ["sv/speakers/anna-ek/anna-ek.ics"] = ["konf/pass-a", "seminarium/inledning"], // across two events
            ["en/speakers/anna-ek/anna-ek.ics"] = ["konf/pass-a", "seminarium/inledning"],
        };
        var paths = files.Keys.ToList();
        var icalJs = IcalChecker.Check(paths.Select(Ics).ToArray());
        var libical = IcalUtcChecker.Check(paths.Select(Ics).ToList());
        for (var i = 0; i < paths.Count; i++)
        {
            var expected = files[paths[i]].Select(k => k + "@example.org").Order(StringComparer.Ordinal).ToList();
            Assert.True(icalJs[i].Errors.Count == 0, paths[i] + ": " + string.Join("; ", icalJs[i].Errors));
            Assert.True(libical[i].Errors.Count == 0, paths[i] + ": " + string.Join("; ", libical[i].Errors));
            Assert.Equal(expected, icalJs[i].Events.Select(e => e.Uid!).Order(StringComparer.Ordinal));
            Assert.Equal(expected, libical[i].Libical.Select(e => e.Uid!).Order(StringComparer.Ordinal));
            Assert.Equal(expected, libical[i].Vobject.Select(e => e.Uid!).Order(StringComparer.Ordinal));
            // The same instants in every parser as in the item's own calendar (the seminar is in Helsinki time).
            foreach (var e in icalJs[i].Events)
            {
                Assert.Equal(e.Start, libical[i].Libical.Single(l => l.Uid == e.Uid).Start);
                Assert.Equal(e.Start, libical[i].Vobject.Single(l => l.Uid == e.Uid).Start);
            }
        }

        Assert.Equal("2024-05-06T07:00:00Z", icalJs[paths.IndexOf("sv/speakers/anna-ek/anna-ek.ics")].Events.Single(e => e.Uid == "seminarium/inledning@example.org").Start);
        AssertSameVEvent(Ics("sv/speakers/anna-ek/anna-ek.ics"), Ics("sv/events/seminarium/inledning/inledning.ics"), "seminarium/inledning@example.org");
        AssertSameVEvent(Ics("sv/events/konf/calendars/track-digitalt.ics"), Ics("sv/events/konf/programme.ics"), "konf/dag-tva@example.org");

        // No calendar for a room or person without a timed item, nor for a part of an event without one.
        Assert.DoesNotContain(result.Files, f => f.Path.Contains("room-sal-tom", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Files, f => f.Path == "sv/speakers/bo-berg/bo-berg.ics");
        Assert.DoesNotContain(result.Files, f => f.Path.StartsWith("sv/events/seminarium/calendars/", StringComparison.Ordinal)); // one day, no rooms
    }

    [Fact]
    public void Pages_LinkEachGroupCalendar_WithAWebcalSubscriptionBesideIt_NamedForScreenReaders()
    {
        WriteConference();
        var result = Build();

        var eventPage = Page(result, "sv/events/konf/index.html");
        var day = eventPage.QuerySelector("#day-2024-05-06 + .group-calendar")!;
        AssertLinks(day, "sv/events/konf/", "sv/events/konf/calendars/day-2024-05-06.ics", "Programmet för måndag 6 maj 2024");
        var parts = eventPage.QuerySelectorAll(".group-calendars li .group-calendar").ToList();
        Assert.Equal(["Lokal: Aulan", "Lokal: Sal A", "Lokal: sal a", "Spår: Digitalt"], parts.Select(p => p.QuerySelector(".group-calendar-label")!.TextContent));
        AssertLinks(parts[3], "sv/events/konf/", "sv/events/konf/calendars/track-digitalt.ics", "Programmet i spåret Digitalt");

        var dayPage = Page(result, "en/events/konf/index.html").QuerySelector("#day-2024-05-07 + .group-calendar")!;
        AssertLinks(dayPage, "en/events/konf/", "en/events/konf/calendars/day-2024-05-07.ics", "Programme of Tuesday 7 May 2024");

        var speaker = Page(result, "nb/speakers/anna-ek/index.html").QuerySelector("#appears-in + .group-calendar")!;
        AssertLinks(speaker, "nb/speakers/anna-ek/", "nb/speakers/anna-ek/anna-ek.ics", "Programposter med Anna Ek");
        Assert.Null(Page(result, "sv/speakers/bo-berg/index.html").QuerySelector(".group-calendar"));
        Assert.Null(Page(result, "sv/events/seminarium/index.html").QuerySelector(".group-calendar, .group-calendars"));
    }

    [Fact]
    public void MovingAnItemToAnotherRoom_RerendersBothRoomCalendars_AsAFullBuildWould()
    {
        WriteConference();
        var (_, state) = SiteBuilder.Build(Request(), previous: null, changedPaths: null);
        const string path = "content/events/konf/sessions/pass-b.sv.md";
        var full = Path.Combine(_site.Root, path);
        File.WriteAllText(full, File.ReadAllText(full).Replace("room: sal a", "room: Sal A", StringComparison.Ordinal));

        // The set of calendars changes (room-sal-a-2 goes), so this is a full build; an edit inside the group is not.
        var (moved, next) = SiteBuilder.Build(Request(), state, [path]);
        Assert.False(moved.Incremental);
        Assert.Equal(["konf/pass-a@example.org", "konf/pass-b@example.org"],
            IcalChecker.CheckValid(Text(moved, "sv/events/konf/calendars/room-sal-a.ics")).Events.Select(e => e.Uid!).Order(StringComparer.Ordinal));

        File.WriteAllText(full, File.ReadAllText(full).Replace("title: Pass B", "title: Pass B, nytt namn", StringComparison.Ordinal));
        var (renamed, _) = SiteBuilder.Build(Request(), next, [path]);
        Assert.True(renamed.Incremental);
        var written = renamed.Files.Select(f => f.Path).ToHashSet();
        Assert.Contains("sv/events/konf/calendars/room-sal-a.ics", written);
        Assert.Contains("sv/events/konf/calendars/day-2024-05-06.ics", written);
        Assert.DoesNotContain("sv/events/konf/calendars/room-aulan.ics", written);
        Assert.DoesNotContain("sv/events/konf/calendars/day-2024-05-07.ics", written);
        Assert.Contains("SUMMARY:Pass B\\, nytt namn", CalendarTestSupport.Unfolded(Text(renamed, "sv/events/konf/calendars/room-sal-a.ics")));
        Assert.Equal(Text(SiteBuilder.Build(Request()), "sv/events/konf/calendars/room-sal-a.ics"), Text(renamed, "sv/events/konf/calendars/room-sal-a.ics"));
    }

    /// <summary>
    /// Two events: a two-day conference with rooms (not declared, so "sal a" may differ from "Sal A"), a track and nested
    /// items, and a one-day seminar in Helsinki.
    /// </summary>
    private void WriteConference()
    {
        _site.Write("content/speakers/anna-ek.md", "---\nname: Anna Ek\n---\n");
        _site.Write("content/speakers/bo-berg.md", "---\nname: Bo Berg\n---\n");
        _site.Write("content/events/konf/index.sv.md", """
            ---
            title: Konferensen
            start: 2024-05-06T09:00
            end: 2024-05-07T12:00
            schedule:
              - id: oppning
                title: Öppning
                time: "09.00"
                duration: 30m
                room: Aulan
              - id: grupper
                title: Grupparbete
                time: "13.00"
                duration: 1h
                room: Aulan
                items:
                  - { id: tema-ett, title: Tema ett }
                  - { id: tema-tva, title: Tema två }
              - id: senare
                title: Tid meddelas senare
                room: Sal tom
                speakers: [bo-berg]
            ---
            """);
        _site.Write("content/events/konf/sessions/pass-a.sv.md", "---\ntitle: Pass A\nstart: 2024-05-06T10:00\nduration: 45m\nroom: Sal A\ntrack: Digitalt\nspeakers: [anna-ek]\n---\nA.\n");
        _site.Write("content/events/konf/sessions/pass-b.sv.md", "---\ntitle: Pass B\nstart: 2024-05-06T11:00\nduration: 45m\nroom: sal a\n---\nB.\n");
        _site.Write("content/events/konf/sessions/dag-tva.sv.md", "---\ntitle: Dag två\nstart: 2024-05-07T09:00\nduration: 1h\ntrack: Digitalt\n---\nTvå.\n");
        _site.Write("content/events/seminarium/index.sv.md", """
            ---
            title: Seminariet
            timeZone: Europe/Helsinki
            start: 2024-05-06T10:00
            end: 2024-05-06T12:00
            schedule:
              - id: inledning
                title: Inledning
                time: "10.00"
                duration: 30m
                speakers: [anna-ek]
                description: Om dagen.
            ---
            """);
    }

    /// <summary>The VEVENT with this UID has the same lines in both files: a group calendar repeats the item's own, UID and SEQUENCE included.</summary>
    private static void AssertSameVEvent(string groupIcs, string otherIcs, string uid)
    {
        var inGroup = CalendarTestSupport.VEventLines(groupIcs, uid);
        Assert.Contains("UID:" + uid, inGroup);
        Assert.Contains(inGroup, l => l.StartsWith("SEQUENCE:", StringComparison.Ordinal));
        Assert.Equal(CalendarTestSupport.VEventLines(otherIcs, uid), inGroup);
    }

    private static void AssertLinks(AngleSharp.Dom.IElement paragraph, string pageFolder, string icsPath, string context)
    {
        var links = paragraph.QuerySelectorAll("a").ToList();
        Assert.Equal(2, links.Count);
        Assert.Equal(icsPath, SitePaths.Collapse(pageFolder + links[0].GetAttribute("href")));
        Assert.True(links[0].HasAttribute("download"));
        Assert.Equal("webcal://example.org/" + icsPath, links[1].GetAttribute("href"));
        Assert.All(links, l => Assert.Equal(": " + context, l.QuerySelector(".visually-hidden")?.TextContent));
    }

    private BuildRequest Request() => new() { Source = _site.Root, WriteOutput = false, Now = Now };

    private BuildResult Build()
    {
        var result = SiteBuilder.Build(Request());
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result;
    }

    private static string Text(BuildResult result, string path) =>
        Encoding.UTF8.GetString(result.Files.Single(f => f.Path == path).Content);

    private static AngleSharp.Html.Dom.IHtmlDocument Page(BuildResult result, string path) => new HtmlParser().ParseDocument(Text(result, path));
}
