using System.Text;
using Arshjul.Site.Build;
using Arshjul.Site.Calendar;
using Arshjul.Site.Diagnostics;
using Arshjul.Site.Model;
using Arshjul.Site.Planning;
using Arshjul.Site.Tests.Support;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace Arshjul.Site.Tests.Calendar;

/// <summary>
/// CalendarBuilder writes VEVENTs itself and reuses the VCALENDAR header Ical.Net writes; these tests
/// hold everything but the VTIMEZONEs to the bytes Ical.Net writes for the same calendars
/// (<see cref="ReferenceCalendarBuilder"/>), on sites and on random values that reach every escaping
/// and folding case. The VTIMEZONEs are our own (Ical.Net's follow the build machine's clock), so they
/// are compared without them here and checked against the tz database in TimeZoneBlocksTests,
/// TimeZoneMatrixTests and ExampleSiteInstantsTests.
/// </summary>
public sealed class CalendarSerializerTests : IDisposable
{
    // Characters that escaping and folding treat differently: 1-, 2-, 3- and 4-octet UTF-8 (a surrogate pair),
    // the TEXT specials, line breaks, a tab, blanks other than the space, a control character.
    private static readonly string[] Pieces =
        ["a", "B", "7", " ", "  ", "\\", ";", ",", ":", "\"", "\n", "\r", "\r\n", "\t", "å", "Ö", "é", "€", "—", "😀", "🇸🇪", "\u00a0", "\u2003", "\u0001", "=", "/"];

    private readonly TestSite _site = new();

    public CalendarSerializerTests()
    {
        var emojiLine = string.Concat(Enumerable.Range(0, 40).Select(i => i % 3 == 0 ? "😀" : i % 3 == 1 ? "ab" : "å"));
        _site.WriteBytes("content/events/tecken/index.sv.md", Encoding.UTF8.GetBytes(
            "---\r\n"
            + "title: \"Komma, semikolon; backslash \\\\ kolon: \\\"citat\\\" 🎉\\tflik\"\r\n"
            + "kind: group-work\r\n"
            + "start: 2024-03-08T08:30\r\n"
            + "end: 2024-03-09T17:00:30\r\n"
            + "summary: \"Rad ett   \\r\\nrad två\\rrad tre\\n\\n\"\r\n"
            + "location: { name: \"Sal, med; tecken\", address: Storgatan 1, city: Karlstad }\r\n"
            + "schedule:\r\n"
            + "  - title: Välkommen 😀\r\n"
            + "    time: \"08.30\"\r\n"
            + "    duration: 30m\r\n"
            + "  - title: Grupparbete\r\n"
            + "    time: \"09.00\"\r\n"
            + "    end: \"10.30\"\r\n"
            + "    room: Sal A\r\n"
            + "    track: \"Spår 1, norr\"\r\n"
            + "    kind: group-work\r\n"
            + "    items:\r\n"
            + "      - title: Tema skog\r\n"
            + "        time: \"09.00\"\r\n"
            + "      - title: Utan tid\r\n"
            + "  - title: Tid meddelas senare\r\n"
            + "---\r\n"
            + emojiLine + "\r\n\r\n" + string.Concat(Enumerable.Repeat("Är öppna ämnen åtråvärda? ", 12)) + "\r\n"));
        _site.Write("content/events/tecken/index.en.md", """
            ---
            title: Signs
            summary: "Commas, semicolons; and a backslash \\"
            ---
            The text.
            """);
        _site.Write("content/events/tecken/sessions/lang.sv.md", $"""
            ---
            title: Långt pass med en titel som är så lång att den måste vikas över flera rader i filen
            start: 2024-03-09T10:30
            end: 2024-03-09T11:00
            room: Sal B
            kind: talk
            track: Spår 1, norr
            speakers:
              - {"{"} name: Anna Andersson, organisation: Region Värmland {"}"}
              - {"{"} name: Bo Berg {"}"}
            moderators:
              - {"{"} name: Cecilia Ek, organisation: Karlstads universitet {"}"}
            materials:
              - {"{"} title: Rapport, url: "https://example.com/rapport.pdf?a=1,2;b" {"}"}
            ---
            {emojiLine}{emojiLine}
            """);
        _site.Write("content/events/tecken/sessions/installt.sv.md", """
            ---
            title: Inställt pass
            start: 2024-03-08T11:00
            status: cancelled
            ---
            Kort.
            """);
        _site.Write("content/events/new-york/index.en.md", """
            ---
            title: Daylight saving in New York
            timeZone: America/New_York
            start: 2017-03-12T01:30
            end: 2017-03-12T04:00
            status: postponed
            schedule:
              - title: Before the change
                time: "01.30"
              - title: After the change
                time: "03.00"
            ---
            """);
        _site.Write("content/events/utc/index.sv.md", """
            ---
            title: I UTC
            timeZone: UTC
            start: 2025-06-01T12:00
            end: 2025-06-01T13:00
            schedule:
              - title: Pass i UTC
                time: "12.00"
            ---
            """);
        _site.Write("content/events/heldag/index.nb.md", """
            ---
            title: Heldag
            kind: conference
            start: 2023-12-31
            end: 2024-01-02
            ---
            """);
    }

    public void Dispose() => _site.Dispose();

    [Fact]
    public void EveryCalendarOfASiteWithAwkwardText_IsByteIdenticalToIcalNets()
    {
        var model = _site.LoadValid();
        // Per language: the feed, 4 events, 3 programmes (heldag has none), 2 days, 2 rooms and 1 track of "tecken", 2 items with pages.
        AssertSameAsReference(model, expectedFiles: 3 * (1 + 4 + 3 + 2 + 2 + 1 + 2));
    }

    [Fact]
    public void EveryCalendarOfTheExampleSite_IsByteIdenticalToIcalNets()
    {
        var bag = new DiagnosticBag();
        var model = SiteLoader.Load(RepoPaths.Root, bag);
        Assert.True(model is not null, string.Join("\n", bag.ToSortedList()));
        AssertSameAsReference(model!, expectedFiles: null);
    }

    [Fact]
    public void Writer_WritesWhatIcalNetWrites_ForRandomValues()
    {
        var random = new Random(20240308);
        string[] zones = ["Europe/Stockholm", "America/Argentina/Buenos_Aires", "UTC", "utc", "Etc/GMT+3"];
        for (var n = 0; n < 3000; n++)
        {
            var summary = RandomText(random);
            var description = RandomText(random);
            var location = RandomText(random);
            var categories = Enumerable.Range(0, random.Next(4)).Select(_ => RandomText(random)).OfType<string>().ToList();
            var uid = RandomText(random) ?? "uid";
            var url = "https://example.org/" + string.Concat(Enumerable.Range(0, random.Next(120)).Select(_ => "abcåö-_/,;.%20~"[random.Next(15)]));
            var zone = zones[random.Next(zones.Length)];
            var start = new DateTime(2000, 1, 1).AddSeconds(random.NextInt64(30L * 365 * 86400));
            var end = random.Next(3) == 0 ? (DateTime?)null : start.AddMinutes(random.Next(1, 5000));
            var stamp = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddSeconds(random.Next());
            var sequence = random.Next();
            var allDay = random.Next(5) == 0;

            var vevent = new CalendarEvent
            {
                Uid = uid,
                DtStamp = new CalDateTime(stamp, CalDateTime.UtcTzId),
                LastModified = new CalDateTime(stamp, CalDateTime.UtcTzId),
                Sequence = sequence,
                DtStart = allDay ? new CalDateTime(DateOnly.FromDateTime(start)) : new CalDateTime(DateOnly.FromDateTime(start), TimeOnly.FromDateTime(start), zone),
                Summary = summary,
                Description = description,
                Location = location,
                Url = new Uri(url),
                Status = "CONFIRMED",
            };
            if (end is { } e) vevent.DtEnd = allDay ? new CalDateTime(DateOnly.FromDateTime(e)) : new CalDateTime(DateOnly.FromDateTime(e), TimeOnly.FromDateTime(e), zone);
            if (categories.Count > 0) vevent.Categories = categories;
            var expected = new CalendarSerializer().SerializeToString(vevent);

            var writer = new IcsWriter(new StringBuilder());
            writer.Literal("BEGIN:VEVENT");
            writer.TextList("CATEGORIES", categories);
            writer.Text("DESCRIPTION", description);
            if (end is { } e2)
            {
                if (allDay) writer.Date("DTEND", DateOnly.FromDateTime(e2));
                else writer.Zoned("DTEND", e2, zone);
            }

            writer.Utc("DTSTAMP", stamp);
            if (allDay) writer.Date("DTSTART", DateOnly.FromDateTime(start));
            else writer.Zoned("DTSTART", start, zone);
            writer.Utc("LAST-MODIFIED", stamp);
            writer.Text("LOCATION", location);
            writer.Integer("SEQUENCE", sequence);
            writer.Text("STATUS", "CONFIRMED");
            writer.Text("SUMMARY", summary);
            writer.Text("UID", uid);
            writer.Raw("URL", url);
            writer.Literal("END:VEVENT");

            AssertSameApartFromSplitCharacters(expected!, writer.Output.ToString());
        }
    }

    [Fact]
    public void Clean_GivesWhatTheFullCleaningGives()
    {
        var random = new Random(7);
        string[] pieces = ["a", "ö", " ", "\t", "\n", "\r", "\r\n", "\u0001", "\u00a0", "\u2003", "😀", "\u0085"];
        for (var n = 0; n < 50_000; n++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(12)).Select(_ => pieces[random.Next(pieces.Length)]));
            Assert.Equal(ReferenceClean(text), CalendarDescription.Clean(text));
        }

        Assert.Null(CalendarDescription.Clean(null));
    }

    /// <summary>
    /// The same text as Ical.Net's once lines are unfolded; the folding itself may differ only where
    /// Ical.Net folds between the halves of a 4-octet character, which our writer never does.
    /// </summary>
    private static void AssertSameApartFromSplitCharacters(string expected, string actual)
    {
        Assert.Equal(Unfold(expected), Unfold(actual));
        AssertNoSplitCharacters("writer", actual);
        if (!HasAstralCharacters(expected)) Assert.Equal(expected, actual);
    }

    private static string Unfold(string text) => text.Replace("\r\n ", "", StringComparison.Ordinal);

    private static bool HasAstralCharacters(string text) => text.Any(char.IsSurrogate);

    /// <summary>No physical line starts or ends inside a surrogate pair, and none passes 75 octets.</summary>
    private static void AssertNoSplitCharacters(string path, string text)
    {
        foreach (var line in text.Split("\r\n"))
        {
            Assert.False(line.Length > 0 && (char.IsLowSurrogate(line[0]) || (line.Length > 1 && line[0] == ' ' && char.IsLowSurrogate(line[1])) || char.IsHighSurrogate(line[^1])),
                $"{path}: a fold splits a character: {line}");
            Assert.True(System.Text.Encoding.UTF8.GetByteCount(line) <= 75, $"{path}: line longer than 75 octets: {line}");
        }
    }

    private static void AssertSameAsReference(SiteModel model, int? expectedFiles)
    {
        var builder = CalendarTestSupport.Builder(model);
        var reference = new ReferenceCalendarBuilder(model.Options, SourceTimes.ModificationTimesOnly, CalendarTestSupport.PlainText, CalendarTestSupport.Label);
        var expected = reference.All(model).ToList();
        var actual = CalendarPlanner.Outputs(model, builder).Select(o => (o.Path, Text: Encoding.UTF8.GetString(o.Render()!))).ToList();

        Assert.Equal(expected.Select(e => e.Path), actual.Select(a => a.Path));
        if (expectedFiles is { } count) Assert.Equal(count, actual.Count);
        foreach (var ((path, fromIcalNet), (_, built)) in expected.Zip(actual))
        {
            // Outside the VTIMEZONEs; the builder must still write one per TZID used, as Ical.Net does.
            var (want, wantZones) = WithoutTimeZones(fromIcalNet);
            var (got, gotZones) = WithoutTimeZones(built);
            Assert.Equal(wantZones, gotZones);
            Assert.True(Unfold(want) == Unfold(got), $"{path} differs from Ical.Net's:\n--- Ical.Net\n{want}\n--- builder\n{got}");
            AssertNoSplitCharacters(path, got);
            if (!HasAstralCharacters(want)) Assert.True(want == got, $"{path} differs from Ical.Net's in its folding:\n--- Ical.Net\n{want}\n--- builder\n{got}");
        }

        // Built again (the VTIMEZONE and header caches now warm, in parallel), still the same.
        var again = new string[actual.Count];
        var outputs = CalendarPlanner.Outputs(model, builder).ToList();
        Parallel.For(0, outputs.Count, i => again[i] = Encoding.UTF8.GetString(outputs[i].Render()!));
        Assert.Equal(actual.Select(a => a.Text), again);
    }

    /// <summary>The text without its VTIMEZONE blocks, and the TZIDs of those blocks in order.</summary>
    private static (string Text, List<string> TzIds) WithoutTimeZones(string ics)
    {
        var text = new StringBuilder(ics.Length);
        var tzIds = new List<string>();
        var inZone = false;
        foreach (var line in ics.Split("\r\n"))
        {
            if (line == "BEGIN:VTIMEZONE") inZone = true;
            if (!inZone) text.Append(line).Append("\r\n");
            else if (line.StartsWith("TZID:", StringComparison.Ordinal)) tzIds.Add(line["TZID:".Length..]);
            if (line == "END:VTIMEZONE") inZone = false;
        }

        return (text.ToString(0, text.Length - 2), tzIds);
    }

    private static string? RandomText(Random random)
    {
        if (random.Next(8) == 0) return null;
        var length = random.Next(8) == 0 ? random.Next(300) : random.Next(30);
        return string.Concat(Enumerable.Range(0, length).Select(_ => Pieces[random.Next(Pieces.Length)]));
    }

    // CalendarDescription.Clean as it was before its shortcut for text that needs no cleaning.
    private static string? ReferenceClean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var normalised = text.Replace("\r\n", "\n").Replace('\r', '\n');
        var builder = new StringBuilder(normalised.Length);
        foreach (var c in normalised)
        {
            if (c == '\n' || c == '\t' || !char.IsControl(c)) builder.Append(c);
        }

        var lines = builder.ToString().Split('\n').Select(l => l.TrimEnd());
        return string.Join('\n', lines).Trim('\n');
    }
}
