using Arshjul.Site.Calendar;
using Arshjul.Site.Model;
using Arshjul.Site.Tests.Support;

namespace Arshjul.Site.Tests.Calendar;

/// <summary>
/// Every input of a VEVENT counts for its stamp (issue 13, point 2): the event's index files, the
/// parent's files for nested items, and for an item whose end is not its own, every session file of the
/// event, removed ones included, so SEQUENCE never falls when DTEND changes. Outside git, from modification times.
/// </summary>
public sealed class CalendarInputsTests : IDisposable
{
    private static readonly DateTime Written = new(2024, 2, 1, 10, 0, 0, DateTimeKind.Utc);

    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void AddingALocationToAnEvent_RaisesEveryVEventWhoseLocationChanged_AndOnlyThose()
    {
        WriteEvent("mote", "start: 2024-03-08T09:00\nschedule:\n  - id: inledning\n    title: Inledning\n    time: \"09:00\"\n    items:\n      - { id: del, title: Del }");
        WriteSession("mote", "pass-a", "start: 2024-03-08T10:00\nduration: 45m\nroom: Sal A");
        WriteSession("mote", "pass-b", "start: 2024-03-08T11:00");
        WriteEvent("annat", "start: 2024-04-08T09:00\nlocation: Kristinehamn");
        WriteSession("annat", "pass", "start: 2024-04-08T10:00\nduration: 1h");
        TouchAll(Written);
        var (beforeLocations, beforeSequences) = Snapshot();

        var index = Path.Combine(_site.Root, "content/events/mote/index.sv.md");
        File.WriteAllText(index, File.ReadAllText(index).Replace("start:", "location: Karlstad\nstart:", StringComparison.Ordinal));
        File.SetLastWriteTimeUtc(index, Written.AddHours(2));
        var (afterLocations, afterSequences) = Snapshot();

        var locationChanged = beforeLocations.Keys.Where(uid => beforeLocations[uid] != afterLocations[uid]).Order(StringComparer.Ordinal).ToList();
        var sequenceRose = beforeSequences.Keys.Where(uid => afterSequences[uid] > beforeSequences[uid]).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["mote", "mote/del", "mote/inledning", "mote/pass-a", "mote/pass-b"], locationChanged);
        Assert.Equal(locationChanged, sequenceRose);
        Assert.Equal("Sal A, Karlstad", afterLocations["mote/pass-a"]);
        Assert.All(beforeSequences.Keys.Except(sequenceRose), uid => Assert.Equal(beforeSequences[uid], afterSequences[uid]));
    }

    [Fact]
    public void MovingTheNextItemAway_RaisesTheItemBefore_WhoseEndWasInferred_NotOnesWithTheirOwnEnd()
    {
        WriteEvent("mote", "start: 2024-03-08T09:00");
        WriteSession("mote", "a", "start: 2024-03-08T09:00");
        WriteSession("mote", "b", "start: 2024-03-08T10:00\nduration: 30m");
        WriteSession("mote", "c", "start: 2024-03-08T13:00\nduration: 30m");
        TouchAll(Written);
        var before = _site.LoadValid();
        Assert.Equal((EndSource.NextItem, At(10, 0)), (Item(before, "a").EndFrom, Item(before, "a").End));
        var (beforeA, beforeC) = (Sequence(before, "a"), Sequence(before, "c"));

        // b moves after c: a now ends at c, whose file is older than the move.
        WriteSession("mote", "b", "start: 2024-03-08T14:00\nduration: 30m");
        File.SetLastWriteTimeUtc(Path.Combine(_site.Root, "content/events/mote/sessions/b.sv.md"), Written.AddHours(1));
        var after = _site.LoadValid();

        Assert.Equal(At(13, 0), Item(after, "a").End);
        Assert.Equal(beforeA + 3600, Sequence(after, "a"));
        Assert.Equal(beforeC, Sequence(after, "c"));
        var ics = CalendarTestSupport.Builder(after).BuildItemCalendar(Item(after, "a"), "sv");
        Assert.Contains("DTEND;TZID=Europe/Stockholm:20240308T130000\r\n", ics, StringComparison.Ordinal);
        Assert.Contains("LAST-MODIFIED:20240201T110000Z\r\n", ics, StringComparison.Ordinal);
    }

    [Fact]
    public void RemovingTheNextItem_RaisesTheItemBefore_ByTheSessionsFoldersTime_OutsideGit()
    {
        WriteEvent("mote", "start: 2024-03-08T09:00\nend: 2024-03-08T16:00");
        WriteSession("mote", "a", "start: 2024-03-08T09:00");
        WriteSession("mote", "b", "start: 2024-03-08T10:00\nduration: 30m");
        TouchAll(Written);
        var before = Sequence(_site.LoadValid(), "a");

        // Nothing but the folder shows that b is gone; a now ends with the event.
        File.Delete(Path.Combine(_site.Root, "content/events/mote/sessions/b.sv.md"));
        Directory.SetLastWriteTimeUtc(Path.Combine(_site.Root, "content/events/mote/sessions"), Written.AddMinutes(5));
        var after = _site.LoadValid();

        Assert.Equal((EndSource.EventEnd, At(16, 0)), (Item(after, "a").EndFrom, Item(after, "a").End));
        Assert.Equal(before + 300, Sequence(after, "a"));
    }

    [Fact]
    public void NestedItems_CountTheSessionFileTheyAreWrittenIn_AndTheirEvent()
    {
        WriteEvent("mote", "start: 2024-03-08T09:00");
        WriteSession("mote", "grupparbete", "start: 2024-03-08T13:00\nduration: 2h\nitems:\n  - { id: tema, title: Tema }");
        TouchAll(Written);
        var model = _site.LoadValid();
        Assert.Equal(["content/events/mote/sessions/grupparbete.sv.md"], Item(model, "tema").Files.Select(f => f.Path));
        var start = Sequence(model, "tema");

        File.SetLastWriteTimeUtc(Path.Combine(_site.Root, "content/events/mote/sessions/grupparbete.sv.md"), Written.AddHours(1));
        Assert.Equal(start + 3600, Sequence(_site.LoadValid(), "tema"));
        File.SetLastWriteTimeUtc(Path.Combine(_site.Root, "content/events/mote/index.sv.md"), Written.AddHours(2));
        Assert.Equal(start + 7200, Sequence(_site.LoadValid(), "tema"));
    }

    [Fact]
    public void PeoplesFiles_DoNotCount()
    {
        WriteEvent("mote", "start: 2024-03-08T09:00");
        WriteSession("mote", "a", "start: 2024-03-08T09:00\nduration: 1h\nspeakers: [anna]");
        _site.Write("content/speakers/anna.md", "---\nname: Anna Berg\n---\n");
        TouchAll(Written);
        var before = Sequence(_site.LoadValid(), "a");

        File.SetLastWriteTimeUtc(Path.Combine(_site.Root, "content/speakers/anna.md"), Written.AddDays(3));
        Assert.Equal(before, Sequence(_site.LoadValid(), "a"));
    }

    private static DateTime At(int hour, int minute) => new(2024, 3, 8, hour, minute, 0);

    private static ProgrammeItem Item(SiteModel model, string id) => model.FindEvent("mote")!.AllItems.Single(i => i.Id == id);

    /// <summary>The item's SEQUENCE from the files as they are on disk now (the folder's time is read when asked).</summary>
    private static int Sequence(SiteModel model, string id) =>
        new CalendarIdentity(model.Options, SourceTimes.ModificationTimesOnly).For(Item(model, id)).Sequence;

    /// <summary>LOCATION and SEQUENCE of every VEVENT (events and items), by UID without the host.</summary>
    private (Dictionary<string, string?> Locations, Dictionary<string, int> Sequences) Snapshot()
    {
        var model = _site.LoadValid();
        var identity = new CalendarIdentity(model.Options, SourceTimes.ModificationTimesOnly);
        var locations = new Dictionary<string, string?>(StringComparer.Ordinal);
        var sequences = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var ev in model.Events)
        {
            locations[ev.Slug] = CalendarLocation.For(ev);
            sequences[ev.Slug] = identity.For(ev).Sequence;
            foreach (var item in ev.AllItems)
            {
                locations[item.Key] = CalendarLocation.For(item);
                sequences[item.Key] = identity.For(item).Sequence;
            }
        }

        return (locations, sequences);
    }

    private void WriteEvent(string slug, string frontMatter) =>
        _site.Write($"content/events/{slug}/index.sv.md", $"---\ntitle: Evenemang {slug}\n{frontMatter}\n---\n");

    private void WriteSession(string eventSlug, string slug, string frontMatter) =>
        _site.Write($"content/events/{eventSlug}/sessions/{slug}.sv.md", $"---\ntitle: Pass {slug}\n{frontMatter}\n---\n");

    /// <summary>Every file and folder under content/, so that outside git only the tests' own changes move times.</summary>
    private void TouchAll(DateTime time)
    {
        var content = Path.Combine(_site.Root, "content");
        foreach (var file in Directory.EnumerateFiles(content, "*", SearchOption.AllDirectories)) File.SetLastWriteTimeUtc(file, time);
        foreach (var folder in Directory.EnumerateDirectories(content, "*", SearchOption.AllDirectories)) Directory.SetLastWriteTimeUtc(folder, time);
    }
}
