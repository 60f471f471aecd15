using Arshjul.Site.Build;
using Arshjul.Site.Tests.Support;

namespace Arshjul.Site.Tests.Build;

/// <summary>
/// The dev server's incremental builds re-render every .ics whose stamp inputs changed: the event's index
/// for all its items, and any session file for an item whose end is not its own.
/// </summary>
public sealed class IncrementalCalendarTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2024, 2, 1, 12, 0, 0, TimeSpan.Zero);
    private readonly TestSite _site = new();

    public IncrementalCalendarTests()
    {
        _site.Write("content/events/mote/index.sv.md", """
            ---
            title: Möte
            start: 2024-03-08T09:00
            schedule:
              - { id: inledning, title: Inledning, time: "08:30", duration: 30m, description: Välkomna. }
            ---
            """);
        _site.Write("content/events/mote/sessions/a.sv.md", "---\ntitle: A\nstart: 2024-03-08T09:00\n---\nA ends when B starts.\n");
        _site.Write("content/events/mote/sessions/b.sv.md", "---\ntitle: B\nstart: 2024-03-08T10:00\nduration: 30m\n---\nB.\n");
        _site.Write("content/events/mote/sessions/c.sv.md", "---\ntitle: C\nstart: 2024-03-08T13:00\nduration: 30m\n---\nC.\n");
    }

    public void Dispose() => _site.Dispose();

    [Fact]
    public void EditingTheEventsIndex_RerendersEveryItemCalendar()
    {
        var (_, state) = SiteBuilder.Build(Request(), previous: null, changedPaths: null);
        Edit("content/events/mote/index.sv.md", "title: Möte", "title: Mötet");

        var (result, _) = SiteBuilder.Build(Request(), state, ["content/events/mote/index.sv.md"]);

        Assert.True(result.Incremental);
        var calendars = ItemCalendars(result);
        foreach (var id in new[] { "inledning", "a", "b", "c" }) Assert.Contains($"sv/events/mote/{id}/{id}.ics", calendars);
    }

    [Fact]
    public void EditingTheNextItemsText_RerendersTheCalendarOfTheItemItEnds_NotOthers()
    {
        var (_, state) = SiteBuilder.Build(Request(), previous: null, changedPaths: null);
        Edit("content/events/mote/sessions/b.sv.md", "B.", "B, with a new text.");

        var (result, _) = SiteBuilder.Build(Request(), state, ["content/events/mote/sessions/b.sv.md"]);

        Assert.True(result.Incremental);
        var calendars = ItemCalendars(result);
        Assert.Contains("sv/events/mote/a/a.ics", calendars);
        Assert.Contains("sv/events/mote/b/b.ics", calendars);
        Assert.DoesNotContain("sv/events/mote/c/c.ics", calendars);
        Assert.DoesNotContain("sv/events/mote/inledning/inledning.ics", calendars);
    }

    private BuildRequest Request() => new() { Source = _site.Root, WriteOutput = false, Now = Now };

    private void Edit(string path, string from, string to)
    {
        var full = Path.Combine(_site.Root, path);
        File.WriteAllText(full, File.ReadAllText(full).Replace(from, to, StringComparison.Ordinal));
    }

    private static HashSet<string> ItemCalendars(BuildResult result) =>
        result.Files.Select(f => f.Path).Where(p => p.StartsWith("sv/events/mote/", StringComparison.Ordinal) && p.EndsWith(".ics", StringComparison.Ordinal)).ToHashSet();
}
