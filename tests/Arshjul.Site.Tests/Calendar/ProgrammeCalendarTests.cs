using System.Text;
using AngleSharp.Html.Parser;
using Arshjul.Site.Build;
using Arshjul.Site.Tests.Support;

namespace Arshjul.Site.Tests.Calendar;

/// <summary>programme.ics beside the event's own calendar: when it exists, how the event page links it, what it depends on.</summary>
public sealed class ProgrammeCalendarTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2024, 2, 1, 12, 0, 0, TimeSpan.Zero);

    private readonly TestSite _site = new();

    public ProgrammeCalendarTests()
    {
        _site.Write("content/events/ett-pass/index.sv.md", """
            ---
            title: Ett pass
            start: 2024-03-08T09:00
            schedule:
              - title: Det enda
                time: "09.00"
              - title: Utan tid
            ---
            """);
        _site.Write("content/events/utan-program/index.sv.md", """
            ---
            title: Utan program
            start: 2024-04-08
            schedule:
              - title: Tid meddelas senare
            ---
            """);
        _site.Write("content/events/tva-pass/index.sv.md", """
            ---
            title: Två pass
            start: 2024-05-08T09:00
            ---
            """);
        _site.Write("content/events/tva-pass/sessions/forsta.sv.md", "---\ntitle: Första\nstart: 2024-05-08T09:00\n---\n");
        _site.Write("content/events/tva-pass/sessions/andra.sv.md", "---\ntitle: Andra\nstart: 2024-05-08T10:00\n---\n");
    }

    public void Dispose() => _site.Dispose();

    [Theory]
    [InlineData("sv", "Lägg till hela programmet i kalendern (1 programpunkt)")]
    [InlineData("nb", "Legg til hele programmet i kalenderen (1 programpost)")]
    [InlineData("en", "Add the whole programme to calendar (1 item)")]
    public void EventPage_NamesOneItemInTheSingular(string lang, string expected)
    {
        var result = Build();
        var link = Page(result, $"{lang}/events/ett-pass/index.html").QuerySelector("main a[href$=\"programme.ics\"]");

        Assert.NotNull(link);
        Assert.Equal(expected, link.TextContent);
        Assert.Equal("ett-pass/det-enda@example.org", Assert.Single(IcalChecker.CheckValid(Text(result, $"{lang}/events/ett-pass/programme.ics")).Events).Uid);
    }

    [Fact]
    public void EventPage_NamesTwoItemsInThePlural()
    {
        var link = Page(Build(), "sv/events/tva-pass/index.html").QuerySelector("main a[href$=\"programme.ics\"]");
        Assert.Equal("Lägg till hela programmet i kalendern (2 programpunkter)", link?.TextContent);
    }

    [Fact]
    public void EventWithoutATimedItem_HasNoProgrammeCalendar_NorALinkToOne()
    {
        var result = Build();

        Assert.DoesNotContain(result.Files, f => f.Path.EndsWith("utan-program/programme.ics", StringComparison.Ordinal));
        Assert.Contains(result.Files, f => f.Path == "sv/events/utan-program/utan-program.ics");
        var page = Page(result, "sv/events/utan-program/index.html");
        Assert.Null(page.QuerySelector("a[href$=\"programme.ics\"]"));
        Assert.NotNull(page.QuerySelector("main a[href$=\"utan-program.ics\"][download]"));
    }

    [Fact]
    public void Dependencies_OfTheEventsCalendar_AreItsIndexFiles_AndOfTheProgrammeEveryItemToo()
    {
        var (result, state) = SiteBuilder.Build(new BuildRequest { Source = _site.Root, WriteOutput = false, Now = Now }, previous: null, changedPaths: null);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var byOutput = state!.DependenciesByOutput;

        Assert.Equal(["file:content/events/tva-pass/index.sv.md"], byOutput["nb/events/tva-pass/tva-pass.ics"].Order(StringComparer.Ordinal));
        Assert.Equal(
            [
                "file:content/events/tva-pass/index.sv.md",
                "file:content/events/tva-pass/sessions/andra.sv.md",
                "file:content/events/tva-pass/sessions/forsta.sv.md",
                "item:tva-pass/andra",
                "item:tva-pass/forsta",
                "sessions:tva-pass",
            ],
            byOutput["nb/events/tva-pass/programme.ics"].Order(StringComparer.Ordinal));
    }

    [Fact]
    public void EditingASessionFile_RewritesTheProgrammeCalendar_InAnIncrementalBuild()
    {
        var output = Path.Combine(_site.Root, "public");
        var request = new BuildRequest { Source = _site.Root, Output = output, Now = Now };
        var (first, state) = SiteBuilder.Build(request, previous: null, changedPaths: null);
        Assert.True(first.Succeeded, string.Join("\n", first.Diagnostics));
        const string path = "content/events/tva-pass/sessions/andra.sv.md";
        _site.Write(path, "---\ntitle: Andra, ny titel\nstart: 2024-05-08T10:00\n---\n");

        var (second, _) = SiteBuilder.Build(request, state, [path]);

        Assert.True(second.Incremental);
        Assert.Contains(@"SUMMARY:Andra\, ny titel", File.ReadAllText(Path.Combine(output, "en/events/tva-pass/programme.ics")), StringComparison.Ordinal);
    }

    private BuildResult Build()
    {
        var result = SiteBuilder.Build(new BuildRequest { Source = _site.Root, WriteOutput = false, Now = Now });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result;
    }

    private static string Text(BuildResult result, string path) => Encoding.UTF8.GetString(result.Files.Single(f => f.Path == path).Content);

    private static AngleSharp.Html.Dom.IHtmlDocument Page(BuildResult result, string path) => new HtmlParser().ParseDocument(Text(result, path));
}
