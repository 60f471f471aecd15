using Arshjul.Site.Tests.Support;

namespace Arshjul.Site.Tests.Loading;

/// <summary>
/// Item ids may not take the names the event's folder uses for its own outputs (content model, programme items),
/// nor may an event be called "programme", whose own calendar would be programme.ics.
/// </summary>
public sealed class ReservedItemIdTests
{
    private const string Reason =
        "the event uses that name for its own files and pages (calendars, print, programme, schedule, and yyyy-mm-dd for its programme days)";

    [Theory]
    [InlineData("programme")]
    [InlineData("calendars")]
    [InlineData("print")]
    [InlineData("schedule")]
    [InlineData("2024-03-08")]
    public void ExplicitInlineId_ThatIsReserved_IsAnErrorAtTheId(string id)
    {
        using var site = new TestSite();
        site.Write("content/events/mote/index.sv.md", $"---\ntitle: Möte\nstart: 2024-03-08T09:00\nschedule:\n  - title: Hela programmet\n    id: \"{id}\"\n    time: \"09.00\"\n---\n");

        var (model, diagnostics) = site.Load();

        Assert.Null(model);
        var error = Assert.Single(diagnostics);
        Assert.Equal($"content/events/mote/index.sv.md:6:9: error AJ0114: The id '{id}' cannot be used: {Reason}. Choose another, e.g. '{id}-info'.", error.ToString());
    }

    [Fact]
    public void SessionFile_NamedProgramme_IsAnErrorNamingTheFile()
    {
        using var site = new TestSite();
        site.Write("content/events/mote/index.sv.md", "---\ntitle: Möte\nstart: 2024-03-08T09:00\n---\n");
        site.Write("content/events/mote/sessions/programme.sv.md", "---\ntitle: Programmet\nstart: 2024-03-08T09:00\n---\n");

        var (model, diagnostics) = site.Load();

        Assert.Null(model);
        var error = Assert.Single(diagnostics);
        Assert.Equal($"content/events/mote/sessions/programme.sv.md:1:1: error AJ0114: A programme item cannot be called 'programme': {Reason}. Rename the file, e.g. to 'programme-info'.", error.ToString());
    }

    [Fact]
    public void EventFolder_NamedProgramme_IsAnError_ItsCalendarWouldTakeTheProgrammesName()
    {
        using var site = new TestSite();
        site.Write("content/events/programme/index.sv.md", "---\ntitle: Programmet\nstart: 2024-03-08T09:00\n---\n");

        var (model, diagnostics) = site.Load();

        Assert.Null(model);
        var error = Assert.Single(diagnostics);
        Assert.Equal("content/events/programme/index.sv.md:1:1: error AJ0114: An event cannot be called 'programme': its own calendar would be programme.ics, the name of its programme's calendar. Rename the folder, e.g. to 'programme-event'.", error.ToString());
    }

    [Fact]
    public void IdFromATitle_ThatWouldBeReserved_TakesASuffix_AndNearNamesStay()
    {
        using var site = new TestSite();
        site.Write("content/events/mote/index.sv.md", """
            ---
            title: Möte
            start: 2024-03-08T09:00
            schedule:
              - title: Programme
                time: "09.00"
              - title: Schedule
                time: "10.00"
              - title: 2024-03-09
                time: "11.00"
              - title: Program
                time: "12.00"
              - title: Programmes
                time: "13.00"
              - title: 2024-03-091
                time: "14.00"
            ---
            """);

        var ev = Assert.Single(site.LoadValid().Events);

        Assert.Equal(["programme-2", "schedule-2", "2024-03-09-2", "program", "programmes", "2024-03-091"], ev.AllItems.Select(i => i.Id));
    }
}
