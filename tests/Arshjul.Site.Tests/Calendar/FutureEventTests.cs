using System.Text;
using Arshjul.Site.Build;
using Arshjul.Site.Tests.Support;

namespace Arshjul.Site.Tests.Calendar;

public sealed class FutureEventTests
{
    [Fact]
    public void EventYearsAhead_GetsACalendarWithItsOwnYearsTransitions()
    {
        using var site = new TestSite();
        var year = DateTime.UtcNow.Year + 4;
        site.Write("content/events/framtid/index.sv.md", $"---\ntitle: Framtidsmöte\nstart: {year}-06-10T09:00\nend: {year}-06-10T12:00\n---\n");

        var result = SiteBuilder.Build(new BuildRequest { Source = site.Root, WriteOutput = false, Now = DateTimeOffset.UtcNow });

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var ics = Encoding.UTF8.GetString(result.Files.Single(f => f.Path == "sv/events/framtid/framtid.ics").Content);
        Assert.Contains($"DTSTART;TZID=Europe/Stockholm:{year}0610T090000", ics, StringComparison.Ordinal);
        // Summer time of that year (from the last Sunday of March), not a rule that ends today.
        var lastSundayOfMarch = Enumerable.Range(25, 7).Select(d => new DateOnly(year, 3, d)).Single(d => d.DayOfWeek == DayOfWeek.Sunday);
        Assert.Contains($"BEGIN:DAYLIGHT\r\nDTSTART:{lastSundayOfMarch:yyyyMMdd}T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\n", ics, StringComparison.Ordinal);
    }
}
