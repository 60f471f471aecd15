using System.Text;
using Arshjul.Site.Build;
using Arshjul.Site.Tests.Support;

namespace Arshjul.Site.Tests.Calendar;

/// <summary>
/// Issue 13, point 8: besides ical.js, libical and vobject read every calendar with its own VTIMEZONE
/// and must give the instants the content says (the tz database's).
/// </summary>
public sealed class IndependentParserTests
{
    [Fact]
    public void EveryCalendarOfTheExampleSite_GivesTheContentsInstants_InEveryParser()
    {
        var result = SiteBuilder.Build(new BuildRequest { Source = RepoPaths.Root, WriteOutput = false, Now = new DateTimeOffset(2026, 6, 1, 12, 0, 0, TimeSpan.Zero) });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        var files = result.Files.Where(f => f.Path.EndsWith(".ics", StringComparison.Ordinal))
            .Select(f => (f.Path, Encoding.UTF8.GetString(f.Content))).ToList();
        Assert.True(files.Count >= 90, $"only {files.Count} calendars"); // 96 when this was written
        var compared = CalendarInstants.AssertEveryParserGives(files, CalendarInstants.From(result.Model!));
        Assert.True(compared > files.Count, $"compared {compared} VEVENTs");
    }

    [Fact]
    public void Parsers_UseTheFilesOwnVTimeZone_NotAZoneTheyKnowByName()
    {
        // Europe/Stockholm is +02:00 in June; this file's VTIMEZONE of that name says +05:00 all year.
        // A parser that took its own zone of that name would give 10:00Z.
        const string ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Arshjul//Test//EN\r\n"
            + "BEGIN:VTIMEZONE\r\nTZID:Europe/Stockholm\r\nBEGIN:STANDARD\r\nDTSTART:20000101T000000\r\nTZOFFSETFROM:+0500\r\nTZOFFSETTO:+0500\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n"
            + "BEGIN:VEVENT\r\nDTEND;TZID=Europe/Stockholm:20240601T130000\r\nDTSTAMP:20240101T000000Z\r\nDTSTART;TZID=Europe/Stockholm:20240601T120000\r\n"
            + "SUMMARY:Fel zon\r\nUID:wrong-zone@example.org\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        var expected = new Dictionary<string, CalendarInstants.Expected>
        {
            ["wrong-zone@example.org"] = new("2024-06-01T07:00:00Z", "2024-06-01T08:00:00Z"),
        };

        Assert.Equal(1, CalendarInstants.AssertEveryParserGives([("wrong-zone.ics", ics)], expected));
    }

    [Fact]
    public void Checker_ReportsATzidWithoutVTimeZone_AndLibicalsErrors()
    {
        const string ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Arshjul//Test//EN\r\n"
            + "BEGIN:VEVENT\r\nDTSTAMP:20240101T000000Z\r\nDTSTART;TZID=Europe/Oslo:20240601T120000\r\nUID:no-zone@example.org\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

        var file = Assert.Single(IcalUtcChecker.Check([ics]));

        Assert.Contains("libical: no-zone@example.org: TZID=Europe/Oslo has no VTIMEZONE", file.Errors);
        Assert.Contains("vobject: no-zone@example.org: TZID=Europe/Oslo has no VTIMEZONE", file.Errors);
        var broken = Assert.Single(IcalUtcChecker.Check([ics.Replace("UID:", "FOO;BAR\r\nUID:", StringComparison.Ordinal)]));
        Assert.Contains(broken.Errors, e => e.StartsWith("libical: X-LIC-ERROR", StringComparison.Ordinal));
    }
}
