using System.Text;
using Arshjul.Site.Calendar;
using Arshjul.Site.Model;
using Arshjul.Site.Planning;
using Arshjul.Site.Tests.Support;

namespace Arshjul.Site.Tests.Calendar;

/// <summary>What the calendar files say and how they are written: all-day dates, escaping, folding, status, texts.</summary>
public sealed class CalendarBuilderTextTests : IDisposable
{
    private const string Host = "@example.org";

    // 200 characters of Swedish, with å, ä and ö where a 75-octet fold would otherwise fall.
    private static readonly string LongSwedish = string.Concat(Enumerable.Repeat("Är öppna ämnen åtråvärda? ", 8))[..200];

    private readonly TestSite _site = new();

    public CalendarBuilderTextTests()
    {
        _site.WriteBytes("static/files/bilder.pdf", [0x25, 0x50, 0x44, 0x46]);
        _site.Write("content/events/save-the-date/index.sv.md", """
            ---
            title: Spara datumet
            kind: conference
            start: 2024-09-26
            end: 2024-09-27
            summary: Två dagar om Värmland.
            location: { name: Karlstad CCC, city: Karlstad }
            ---
            """);
        _site.Write("content/events/en-dag/index.sv.md", """
            ---
            title: En dag
            start: 2024-05-02
            ---
            """);
        _site.Write("content/events/mote/index.sv.md", """
            ---
            title: "Komma, semikolon; backslash \\ och\nny rad: åäö ÅÄÖ"
            start: 2024-03-08T08:30
            end: 2024-03-08T12:00
            summary: Ett möte.
            location:
              name: Stadshuset
              address: Storgatan 1
              city: Karlstad
            schedule:
              - title: Välkommen
                time: "08.30"
                duration: 30m
              - title: Grupparbete
                time: "09.00"
                end: "10.30"
                room: Sal A
                track: Spår 1
                kind: group-work
                items:
                  - title: Tema skog
                    time: "09.00"
                  - title: Utan tid
              - title: Tid meddelas senare
            ---
            Mötets text.
            """);
        _site.Write("content/events/mote/index.en.md", """
            ---
            title: The meeting
            summary: A meeting.
            schedule:
              - title: Welcome
            ---
            The meeting's text.
            """);
        _site.Write("content/events/mote/sessions/lang.sv.md", $"""
            ---
            title: Långt pass
            start: 2024-03-08T10:30
            end: 2024-03-08T11:00
            room: Sal B
            kind: talk
            speakers:
              - {"{"} name: Anna Andersson, organisation: Region Värmland {"}"}
              - {"{"} name: Bo Berg {"}"}
            moderators:
              - {"{"} name: Cecilia Ek, organisation: Karlstads universitet {"}"}
            materials:
              - {"{"} title: Bilder, url: /files/bilder.pdf {"}"}
              - {"{"} title: Rapport, url: "https://example.com/rapport.pdf" {"}"}
            ---
            {LongSwedish}
            """);
        _site.Write("content/events/mote/sessions/installt.sv.md", """
            ---
            title: Inställt pass
            start: 2024-03-08T11:00
            end: 2024-03-08T11:30
            status: cancelled
            ---
            """);
        _site.Write("content/events/flyttat/index.sv.md", """
            ---
            title: Flyttat möte
            start: 2024-04-08T08:30
            status: postponed
            schedule:
              - title: Enda passet
                time: "09.00"
              - title: Redan inställt
                time: "10.00"
                status: cancelled
            ---
            """);
    }

    public void Dispose() => _site.Dispose();

    [Fact]
    public void AllDayEvent_HasDateValues_WithAnExclusiveEnd()
    {
        var model = _site.LoadValid();
        var builder = CalendarTestSupport.Builder(model);
        var twoDays = builder.BuildEventCalendar(model.FindEvent("save-the-date")!, "sv");
        var oneDay = builder.BuildEventCalendar(model.FindEvent("en-dag")!, "sv");

        Assert.Contains("\r\nDTSTART;VALUE=DATE:20240926\r\n", twoDays);
        Assert.Contains("\r\nDTEND;VALUE=DATE:20240928\r\n", twoDays);
        Assert.Contains("\r\nDTSTART;VALUE=DATE:20240502\r\n", oneDay);
        Assert.Contains("\r\nDTEND;VALUE=DATE:20240503\r\n", oneDay);
        Assert.DoesNotContain("VTIMEZONE", oneDay); // no TZID is used

        var checkedFile = IcalChecker.CheckValid(oneDay);
        var only = Assert.Single(checkedFile.Events);
        Assert.Equal(("2024-05-02", "2024-05-03"), (only.Start, only.End));
        var parsed = CalendarTestSupport.Parse(twoDays).Single("save-the-date" + Host);
        Assert.False(parsed.DtStart!.HasTime);
        Assert.Equal(new DateOnly(2024, 9, 28), parsed.DtEnd!.Date);
    }

    [Fact]
    public void SpecialCharacters_RoundTrip_InBothParsers()
    {
        var model = _site.LoadValid();
        var ev = model.FindEvent("mote")!;
        var title = ev.Text.Source.Value.Title;
        Assert.Equal("Komma, semikolon; backslash \\ och\nny rad: åäö ÅÄÖ", title);

        var ics = CalendarTestSupport.Builder(model).BuildEventCalendar(ev, "nb"); // nb has no file: falls back to sv
        Assert.Contains(@"SUMMARY:Komma\, semikolon\; backslash \\ och\nny rad: åäö ÅÄÖ", CalendarTestSupport.Unfolded(ics));
        Assert.Equal(title, CalendarTestSupport.Parse(ics).Single("mote" + Host).Summary);
        var checkedFile = IcalChecker.CheckValid(ics);
        Assert.Equal(title, checkedFile.Events.Single(e => e.Uid == "mote" + Host).Summary);
        Assert.Contains(@"LOCATION:Stadshuset\, Storgatan 1\, Karlstad", CalendarTestSupport.Unfolded(ics));
    }

    [Fact]
    public void LongSwedishDescription_FoldsAt75Octets_WithoutSplittingACharacter()
    {
        var model = _site.LoadValid();
        var item = model.FindEvent("mote")!.AllItems.Single(i => i.Id == "lang");
        var ics = CalendarTestSupport.Builder(model).BuildItemCalendar(item, "sv");
        var bytes = Encoding.UTF8.GetBytes(ics);

        var strict = new UTF8Encoding(false, throwOnInvalidBytes: true);
        var start = 0;
        var lineCount = 0;
        while (start < bytes.Length)
        {
            var lf = Array.IndexOf(bytes, (byte)'\n', start);
            Assert.True(lf > start && bytes[lf - 1] == '\r', $"line {lineCount + 1} does not end in CRLF");
            var line = bytes.AsSpan(start, lf - 1 - start);
            Assert.True(line.Length <= 75, $"line {lineCount + 1} has {line.Length} octets");
            strict.GetString(line); // throws on a split character
            start = lf + 1;
            lineCount++;
        }

        Assert.True(lineCount > 10);
        Assert.Contains(ics.Split("\r\n"), l => l.StartsWith(' ')); // it did fold
        var description = CalendarTestSupport.Parse(ics).Single("mote/lang" + Host).Description!;
        Assert.StartsWith(LongSwedish.TrimEnd() + "\n\n", description);
        IcalChecker.CheckValid(ics);
    }

    [Fact]
    public void ItemDescription_ListsSpeakersModeratorsAndAbsoluteMaterialLinks()
    {
        var model = _site.LoadValid();
        var item = model.FindEvent("mote")!.AllItems.Single(i => i.Id == "lang");
        var vevent = CalendarTestSupport.Parse(CalendarTestSupport.Builder(model).BuildItemCalendar(item, "sv")).Single("mote/lang" + Host);

        Assert.EndsWith(
            "\n\nTalare: Anna Andersson (Region Värmland), Bo Berg\n"
            + "Moderator: Cecilia Ek (Karlstads universitet)\n"
            + "Material:\n"
            + "- Bilder: https://example.org/files/bilder.pdf\n"
            + "- Rapport: https://example.com/rapport.pdf",
            vevent.Description);
        Assert.Equal("Sal B, Stadshuset, Storgatan 1, Karlstad", vevent.Location);
        Assert.Equal("https://example.org/sv/events/mote/lang/", vevent.Url!.AbsoluteUri);
        Assert.Equal(["talk"], vevent.Categories); // a kind without a UI name stays as written

        var english = CalendarTestSupport.Parse(CalendarTestSupport.Builder(model).BuildItemCalendar(item, "en")).Single("mote/lang" + Host);
        Assert.Contains("\nSpeakers: Anna Andersson", english.Description);
        Assert.Equal("https://example.org/en/events/mote/lang/", english.Url!.AbsoluteUri);
    }

    [Fact]
    public void EventCalendar_HasTheEventAlone()
    {
        var model = _site.LoadValid();
        var ics = CalendarTestSupport.Builder(model).BuildEventCalendar(model.FindEvent("mote")!, "en");

        var checkedFile = IcalChecker.CheckValid(ics);
        Assert.Equal("mote" + Host, Assert.Single(checkedFile.Events).Uid);
        var eventVEvent = Assert.Single(CalendarTestSupport.Parse(ics).Events);
        Assert.Equal("The meeting", eventVEvent.Summary);
        Assert.Equal("A meeting.\n\nThe meeting's text.", eventVEvent.Description);
        Assert.Equal("https://example.org/en/events/mote/", eventVEvent.Url!.AbsoluteUri);
        Assert.DoesNotContain(CalendarTestSupport.Unfolded(ics), l => l.StartsWith("X-WR-CALNAME", StringComparison.Ordinal)); // one entry: into the reader's own calendar
    }

    [Fact]
    public void ProgrammeCalendar_HasEveryTimedItemInProgrammeOrder_NestedOnesToo_WithoutTheEvent()
    {
        var model = _site.LoadValid();
        var ev = model.FindEvent("mote")!;
        var ics = CalendarTestSupport.Builder(model).BuildProgrammeCalendar(ev, "en");

        var checkedFile = IcalChecker.CheckValid(ics);
        // "Utan tid" shares its parent's 09.00; "Tid meddelas senare" has no time, so no VEVENT; the event is in mote.ics.
        Assert.Equal(
            new[] { "valkommen", "grupparbete", "tema-skog", "utan-tid", "lang", "installt" }.Select(id => "mote/" + id + Host),
            checkedFile.Events.Select(e => e.Uid));

        var lines = CalendarTestSupport.Unfolded(ics);
        Assert.Contains("X-WR-CALNAME:The meeting – Programme", lines);
        Assert.Contains("X-WR-TIMEZONE:Europe/Stockholm", lines);
        Assert.DoesNotContain(lines, l => l.StartsWith("REFRESH-INTERVAL", StringComparison.Ordinal)); // a download, not the subscription feed

        var parsed = CalendarTestSupport.Parse(ics);
        var welcome = parsed.Single("mote/valkommen" + Host);
        Assert.Equal("Welcome", welcome.Summary); // the translated inline entry
        Assert.Equal("Stadshuset, Storgatan 1, Karlstad", welcome.Location);
        Assert.Equal("https://example.org/en/events/mote/", welcome.Url!.AbsoluteUri); // no page of its own
        var group = parsed.Single("mote/grupparbete" + Host);
        Assert.Equal(["Group work", "Spår 1"], group.Categories); // the kind by its UI name
        Assert.Equal("Sal A, Stadshuset, Storgatan 1, Karlstad", group.Location);

        var swedish = CalendarTestSupport.Unfolded(CalendarTestSupport.Builder(model).BuildProgrammeCalendar(ev, "sv"));
        Assert.Contains("X-WR-CALNAME:Komma\\, semikolon\\; backslash \\\\ och\\nny rad: åäö ÅÄÖ – Program", swedish); // the title escaped as TEXT
    }

    [Fact]
    public void ProgrammeCalendar_IsOnlyPlanned_ForEventsWithATimedItem()
    {
        var model = _site.LoadValid();
        var paths = CalendarPlanner.Outputs(model, CalendarTestSupport.Builder(model)).Select(o => o.Path).ToList();

        Assert.Contains("sv/events/mote/programme.ics", paths);
        Assert.Contains("nb/events/flyttat/programme.ics", paths);
        Assert.DoesNotContain("sv/events/save-the-date/programme.ics", paths); // no items
        Assert.DoesNotContain("en/events/en-dag/programme.ics", paths);
        Assert.Contains("en/events/en-dag/en-dag.ics", paths); // the event still has its own
        Assert.False(CalendarBuilder.HasProgrammeCalendar(model.FindEvent("save-the-date")!));
        Assert.Throws<InvalidOperationException>(() => CalendarTestSupport.Builder(model).BuildProgrammeCalendar(model.FindEvent("en-dag")!, "sv"));
    }

    [Fact]
    public void Status_FollowsTheStatusTable_AndTheEventsCancellationOrPostponement()
    {
        var model = _site.LoadValid();
        var builder = CalendarTestSupport.Builder(model);
        var mote = CalendarTestSupport.Parse(builder.BuildProgrammeCalendar(model.FindEvent("mote")!, "sv"));
        var flyttat = CalendarTestSupport.Parse(builder.BuildProgrammeCalendar(model.FindEvent("flyttat")!, "sv"));

        Assert.Equal("CANCELLED", mote.Single("mote/installt" + Host).Status);
        Assert.Equal("CONFIRMED", mote.Single("mote/lang" + Host).Status);
        Assert.Equal("CONFIRMED", CalendarTestSupport.Parse(builder.BuildEventCalendar(model.FindEvent("mote")!, "sv")).Single("mote" + Host).Status);
        Assert.Equal("TENTATIVE", CalendarTestSupport.Parse(builder.BuildEventCalendar(model.FindEvent("flyttat")!, "sv")).Single("flyttat" + Host).Status);
        Assert.Equal("TENTATIVE", flyttat.Single("flyttat/enda-passet" + Host).Status);
        Assert.Equal("CANCELLED", flyttat.Single("flyttat/redan-installt" + Host).Status);

        var item = model.FindEvent("mote")!.AllItems.Single(i => i.Id == "installt");
        var checkedFile = IcalChecker.CheckValid(builder.BuildItemCalendar(item, "sv"));
        Assert.Equal("CANCELLED", Assert.Single(checkedFile.Events).Status);
        Assert.Contains("STATUS:CANCELLED", builder.BuildItemCalendar(item, "sv").Split("\r\n"));
    }

    [Fact]
    public void SiteFeed_HasEveryEventWithoutItems_AndTheFeedProperties()
    {
        var model = _site.LoadValid();
        var ics = CalendarTestSupport.Builder(model).BuildSiteCalendar(model.Events, "nb");
        var lines = CalendarTestSupport.Unfolded(ics);

        Assert.Contains("X-WR-CALNAME:Testside", lines);
        Assert.Contains("X-WR-TIMEZONE:Europe/Stockholm", lines);
        Assert.Contains("REFRESH-INTERVAL;VALUE=DURATION:PT12H", lines);
        Assert.Contains("X-PUBLISHED-TTL:PT12H", lines);
        Assert.Contains("PRODID:-//Arshjul//Arshjul 1.0//NB", lines);
        Assert.Contains("VERSION:2.0", lines);
        Assert.Contains("CALSCALE:GREGORIAN", lines);
        Assert.Contains("METHOD:PUBLISH", lines);

        var checkedFile = IcalChecker.CheckValid(ics);
        Assert.Equal(
            new[] { "en-dag", "flyttat", "mote", "save-the-date" }.Select(s => s + Host),
            checkedFile.Events.Select(e => e.Uid!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Output_IsTheSameBytes_WhenBuiltTwice()
    {
        string BuildAll()
        {
            var model = _site.LoadValid();
            var builder = CalendarTestSupport.Builder(model);
            return string.Join("\n=====\n", CalendarPlanner.Outputs(model, builder).Select(o => o.Path + "\n" + Encoding.UTF8.GetString(o.Render()!)));
        }

        var first = BuildAll();
        var second = BuildAll();
        Assert.Equal(first, second);
        Assert.Contains("sv/calendar.ics\n", first);
        Assert.Contains("en/events/mote/mote.ics\n", first);
        Assert.Contains("en/events/mote/programme.ics\n", first);
        Assert.Contains("nb/events/mote/lang/lang.ics\n", first);
        Assert.DoesNotContain("/valkommen/valkommen.ics", first); // no page, no file of its own
        Assert.DoesNotContain("ical.net", first, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Paths_FollowTheUrlTable()
    {
        var model = _site.LoadValid();
        var ev = model.FindEvent("mote")!;
        Assert.Equal("sv/calendar.ics", SitePaths.Calendar("sv"));
        Assert.Equal("en/events/mote/mote.ics", SitePaths.EventCalendar("en", ev));
        Assert.Equal("en/events/mote/programme.ics", SitePaths.ProgrammeCalendar("en", ev));
        Assert.Equal("nb/events/mote/tema-skog/tema-skog.ics", SitePaths.ItemCalendar("nb", ev.AllItems.Single(i => i.Id == "tema-skog")));
    }
}
