using System.Globalization;
using Arshjul.Site.Calendar;
using NodaTime;

namespace Arshjul.Site.Tests.Calendar;

/// <summary>
/// The VTIMEZONE blocks, read back by a small reader of observances here (the real parsers read them in
/// TimeZoneMatrixTests): the offset they give at every transition of their span and at random instants
/// is the tz database's, and their text is fixed by the input alone.
/// </summary>
public sealed class TimeZoneBlocksTests
{
    private static readonly string[] Zones =
    [
        "Europe/Stockholm", "Europe/Oslo", "America/Sao_Paulo", "Europe/Moscow", "Australia/Lord_Howe", "Asia/Kolkata",
        "America/New_York", "Africa/Casablanca", "Pacific/Apia", "Europe/Dublin", "Africa/Monrovia", "Etc/GMT-3", "Etc/UTC",
    ];

    private sealed record Observance(string Kind, LocalDateTime Start, Offset From, Offset To, string? Name)
    {
        public Instant Onset => Start.WithOffset(From).ToInstant();
    }

    [Fact]
    public void Blocks_GiveTheTzDatabasesOffset_AtEveryTransitionAndRandomInstantOfTheirSpan()
    {
        var random = new Random(13);
        var blocks = new TimeZoneBlocks(); // shared, so a wrong cache hit would show as a wrong block
        var spans = 0;
        foreach (var tzId in Zones)
        {
            var zone = DateTimeZoneProviders.Tzdb[tzId];
            for (var n = 0; n < 60; n++)
            {
                var earliest = new DateTime(1850, 1, 1).AddMinutes(random.NextInt64(210L * 365 * 1440));
                var latest = earliest.AddMinutes(random.Next(4) == 0 ? 0 : random.NextInt64(random.Next(2) == 0 ? 3 * 1440 : 30L * 365 * 1440));
                var observances = Read(blocks.For(tzId, earliest, latest));
                var from = TimeZoneBlocks.ToInstant(zone, earliest);
                var to = TimeZoneBlocks.ToInstant(zone, latest);
                Assert.True(observances[0].Onset <= from || observances.Count == 1, $"{tzId} {earliest:O}: the first observance starts after the span");

                var instants = zone.GetZoneIntervals(from, to + Duration.Epsilon).Where(i => i.HasStart && i.Start >= from).SelectMany(i => new[] { i.Start - Duration.FromSeconds(1), i.Start })
                    .Concat(Enumerable.Range(0, 20).Select(_ => from + Duration.FromSeconds(random.NextInt64(Math.Max(1, (long)(to - from).TotalSeconds)))))
                    .Append(from).Append(to);
                foreach (var instant in instants)
                {
                    Assert.True(zone.GetUtcOffset(instant) == OffsetAt(observances, instant), $"{tzId} span {earliest:O}–{latest:O}: at {instant} the block gives {OffsetAt(observances, instant)}, the tz database {zone.GetUtcOffset(instant)}");
                }

                spans++;
            }
        }

        Assert.Equal(Zones.Length * 60, spans);
    }

    [Fact]
    public void Block_HasTheIntervalsOfTheSpan_AndOneMoreOnEachSide()
    {
        var observances = Read(new TimeZoneBlocks().For("Europe/Stockholm", new DateTime(2024, 5, 10, 9, 0, 0), new DateTime(2024, 12, 1, 9, 0, 0)));

        Assert.Equal(
            ["STANDARD 2023-10-29T03:00:00 +02 +01 CET", "DAYLIGHT 2024-03-31T02:00:00 +01 +02 CEST", "STANDARD 2024-10-27T03:00:00 +02 +01 CET", "DAYLIGHT 2025-03-30T02:00:00 +01 +02 CEST"],
            observances.Select(o => string.Create(CultureInfo.InvariantCulture, $"{o.Kind} {o.Start:yyyy-MM-ddTHH:mm:ss} {o.From} {o.To} {o.Name}")));
    }

    [Fact]
    public void OldRuleChanges_AreWrittenAsTheyHappened_WithoutRecurrenceRules()
    {
        var blocks = new TimeZoneBlocks();
        var saoPaulo = blocks.For("America/Sao_Paulo", new DateTime(2018, 6, 1, 10, 0, 0), new DateTime(2019, 6, 1, 10, 0, 0));
        var moscow = blocks.For("Europe/Moscow", new DateTime(2011, 1, 10, 10, 0, 0), new DateTime(2014, 12, 10, 10, 0, 0));

        // São Paulo's last summer time, 4 November 2018 to 17 February 2019; no name, as the tz database's are numbers.
        Assert.Contains("BEGIN:DAYLIGHT\r\nDTSTART:20181104T000000\r\nTZOFFSETFROM:-0300\r\nTZOFFSETTO:-0200\r\nEND:DAYLIGHT\r\n", saoPaulo, StringComparison.Ordinal);
        Assert.Contains("BEGIN:STANDARD\r\nDTSTART:20190217T000000\r\nTZOFFSETFROM:-0200\r\nTZOFFSETTO:-0300\r\nEND:STANDARD\r\n", saoPaulo, StringComparison.Ordinal);
        // Moscow: permanent +04 from 27 March 2011, back to +03 on 26 October 2014.
        Assert.Contains("BEGIN:STANDARD\r\nDTSTART:20110327T020000\r\nTZOFFSETFROM:+0300\r\nTZOFFSETTO:+0400\r\nTZNAME:MSK\r\nEND:STANDARD\r\n", moscow, StringComparison.Ordinal);
        Assert.Contains("BEGIN:STANDARD\r\nDTSTART:20141026T020000\r\nTZOFFSETFROM:+0400\r\nTZOFFSETTO:+0300\r\nTZNAME:MSK\r\nEND:STANDARD\r\n", moscow, StringComparison.Ordinal);
        Assert.DoesNotContain("RRULE", saoPaulo + moscow, StringComparison.Ordinal);
        Assert.DoesNotContain("X-LIC-LOCATION", saoPaulo + moscow, StringComparison.Ordinal);
    }

    [Fact]
    public void Offsets_HaveSecondsOnlyWhenNotWhole_AndZeroIsPlus()
    {
        var lordHowe = new TimeZoneBlocks().For("Australia/Lord_Howe", new DateTime(2024, 7, 1, 10, 0, 0), new DateTime(2024, 7, 1, 10, 0, 0));
        Assert.Contains("TZOFFSETFROM:+1100\r\nTZOFFSETTO:+1030\r\n", lordHowe, StringComparison.Ordinal);
        Assert.Contains("TZOFFSETFROM:+1030\r\nTZOFFSETTO:+1100\r\n", lordHowe, StringComparison.Ordinal);

        // Berlin's local mean time until 1893 was +00:53:28 (the tz database's Stockholm is a link to Berlin).
        var berlin = new TimeZoneBlocks().For("Europe/Berlin", new DateTime(1870, 6, 1, 12, 0, 0), new DateTime(1870, 6, 1, 13, 0, 0));
        Assert.Contains("TZOFFSETTO:+005328\r\nTZNAME:LMT\r\n", berlin, StringComparison.Ordinal);

        Assert.Equal("+0000", TimeZoneBlocks.OffsetText(Offset.Zero));
        Assert.Equal("-0300", TimeZoneBlocks.OffsetText(Offset.FromHours(-3)));
        Assert.Equal("-004430", TimeZoneBlocks.OffsetText(Offset.FromSeconds(-(44 * 60 + 30))));
        Assert.Equal("+011212", TimeZoneBlocks.OffsetText(Offset.FromSeconds(3600 + 12 * 60 + 12)));
    }

    [Fact]
    public void ZoneFirstInterval_AndFixedZones_StartOnJanuaryFirstOfTheEarliestYear()
    {
        var blocks = new TimeZoneBlocks();
        Assert.Equal(
            "BEGIN:VTIMEZONE\r\nTZID:Etc/GMT-3\r\nBEGIN:STANDARD\r\nDTSTART:20240101T000000\r\nTZOFFSETFROM:+0300\r\nTZOFFSETTO:+0300\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n",
            blocks.For("Etc/GMT-3", new DateTime(2024, 6, 1, 12, 0, 0), new DateTime(2025, 6, 1, 12, 0, 0)));
        Assert.StartsWith("BEGIN:VTIMEZONE\r\nTZID:Etc/GMT-3\r\nBEGIN:STANDARD\r\nDTSTART:19990101T000000\r\n", blocks.For("Etc/GMT-3", new DateTime(1999, 12, 31, 23, 0, 0), new DateTime(2024, 1, 1, 0, 0, 0)), StringComparison.Ordinal);

        // Berlin's first interval (local mean time, until 1893) has no start in the tz database.
        var berlin1870 = Read(blocks.For("Europe/Berlin", new DateTime(1870, 6, 1, 12, 0, 0), new DateTime(1870, 6, 1, 13, 0, 0)));
        Assert.Equal(new LocalDateTime(1870, 1, 1, 0, 0), berlin1870[0].Start);
        Assert.Equal(berlin1870[0].To, berlin1870[0].From);
        Assert.Equal("LMT", berlin1870[0].Name);
        // When that interval is only the neighbour before the span, January 1 of its own last year.
        var after = Read(blocks.For("Europe/Berlin", new DateTime(1895, 6, 1, 12, 0, 0), new DateTime(1895, 6, 1, 13, 0, 0)));
        Assert.Equal(new LocalDateTime(1893, 1, 1, 0, 0), after[0].Start);
        Assert.Equal(new LocalDateTime(1893, 4, 1, 0, 0), after[1].Start);
        Assert.True(after[0].Start < after[1].Start);
    }

    [Fact]
    public void Text_DoesNotDependOnTheCurrentCulture()
    {
        var original = CultureInfo.CurrentCulture;
        try
        {
            var texts = new List<string>();
            foreach (var culture in new[] { "sv-SE", "nb-NO", "ar-SA", "fa-IR", "th-TH", "" })
            {
                CultureInfo.CurrentCulture = new CultureInfo(culture);
                var blocks = new TimeZoneBlocks();
                texts.Add(string.Concat(Zones.Select(z => blocks.For(z, new DateTime(1870, 1, 1), new DateTime(2030, 1, 1)))));
            }

            Assert.All(texts, t => Assert.Equal(texts[^1], t));
            Assert.All(texts[^1], c => Assert.True(c < 0x80, $"a non-ASCII character U+{(int)c:X4}"));
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
        }
    }

    /// <summary>The observances of one VTIMEZONE, in order.</summary>
    private static List<Observance> Read(string block)
    {
        var lines = CalendarTestSupport.Unfolded(block);
        Assert.Equal("BEGIN:VTIMEZONE", lines[0]);
        Assert.Equal("END:VTIMEZONE", lines[^1]);
        var observances = new List<Observance>();
        Dictionary<string, string>? current = null;
        foreach (var line in lines)
        {
            if (line is "BEGIN:STANDARD" or "BEGIN:DAYLIGHT") current = [];
            else if (line is "END:STANDARD" or "END:DAYLIGHT")
            {
                observances.Add(new Observance(line[4..], ParseLocal(current!["DTSTART"]), ParseOffset(current["TZOFFSETFROM"]), ParseOffset(current["TZOFFSETTO"]), current.GetValueOrDefault("TZNAME")));
                current = null;
            }
            else if (current is not null)
            {
                var colon = line.IndexOf(':', StringComparison.Ordinal);
                current.Add(line[..colon], line[(colon + 1)..]);
            }
        }

        Assert.NotEmpty(observances);
        for (var i = 1; i < observances.Count; i++)
        {
            Assert.True(observances[i - 1].Onset < observances[i].Onset, "observances out of order:\n" + block);
            Assert.Equal(observances[i - 1].To, observances[i].From);
        }

        return observances;
    }

    private static Offset OffsetAt(List<Observance> observances, Instant instant) =>
        observances.LastOrDefault(o => o.Onset <= instant)?.To ?? observances[0].From;

    private static LocalDateTime ParseLocal(string text) =>
        LocalDateTime.FromDateTime(DateTime.ParseExact(text, "yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture));

    private static Offset ParseOffset(string text)
    {
        Assert.Matches("^[+-][0-9]{4}([0-9]{2})?$", text);
        var sign = text[0] == '-' ? -1 : 1;
        var seconds = int.Parse(text[1..3], CultureInfo.InvariantCulture) * 3600 + int.Parse(text[3..5], CultureInfo.InvariantCulture) * 60
            + (text.Length > 5 ? int.Parse(text[5..7], CultureInfo.InvariantCulture) : 0);
        Assert.True(text.Length == 5 || seconds % 60 != 0, "seconds written though zero: " + text);
        return Offset.FromSeconds(sign * seconds);
    }
}
