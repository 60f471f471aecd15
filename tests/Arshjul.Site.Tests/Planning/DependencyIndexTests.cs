using Arshjul.Site.Planning;
using Arshjul.Site.Tests.Support;

namespace Arshjul.Site.Tests.Planning;

/// <summary>
/// The dev server plans the whole site again on every edit, so what planning allocates is on the edit's clock: each
/// file's and item's dependency key is made once and shared by every set holding it, the sets shown in every
/// language are made once, and a page's alternates are one dictionary for all its languages.
/// </summary>
public sealed class DependencyIndexTests
{
    private static readonly DateTimeOffset Now = new(2024, 2, 1, 12, 0, 0, TimeSpan.Zero);
    private const string EventFile = "content/events/mote/index.sv.md";
    private const string SessionFile = "content/events/mote/sessions/samtal.sv.md";
    private const string PersonFile = "content/speakers/anna-berg.md";

    [Fact]
    public void AnItemsSet_HoldsItsFileItsTimeItsPeopleAndItsEvent()
    {
        using var site = Site();
        var model = site.LoadValid();
        var index = new Dependencies.Index(model);

        var item = model.Events.Single().AllItems.Single(i => i.Id == "samtal");

        Assert.Equal(
            ["file:" + EventFile, "file:" + SessionFile, "file:" + PersonFile, "item:mote/samtal"],
            index.Of(item).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void AFilesKey_IsOneStringSharedByTheEventItemAndPersonSets()
    {
        using var site = Site();
        var model = site.LoadValid();
        var index = new Dependencies.Index(model);
        var ev = model.Events.Single();
        var item = ev.AllItems.Single(i => i.Id == "samtal");
        var person = model.People.Values.Single(p => p.Name == "Anna Berg");

        var fromEvent = KeyIn(index.Of(ev), "file:" + SessionFile);
        Assert.Same(fromEvent, KeyIn(index.Of(item), "file:" + SessionFile));
        Assert.Same(fromEvent, KeyIn(index.Of(person), "file:" + SessionFile));
        Assert.Same(fromEvent, KeyIn(index.OfProgramme(ev), "file:" + SessionFile));
    }

    [Fact]
    public void TheProgrammeAndEveryEventSets_AreMadeOnceForAllLanguagesAndFormats()
    {
        using var site = Site();
        var model = site.LoadValid();
        var index = new Dependencies.Index(model);
        var ev = model.Events.Single();

        Assert.Same(index.OfProgramme(ev), index.OfProgramme(ev));
        Assert.Same(index.OfEveryEvent(), index.OfEveryEvent());
        Assert.Contains(Dependencies.AllEvents, index.OfEveryEvent());
        Assert.Contains(Dependencies.Sessions("mote"), index.OfProgramme(ev));
    }

    [Fact]
    public void APagesJobsInEachLanguage_ShareOneAlternatesDictionary()
    {
        using var site = Site();
        var model = site.LoadValid();

        var jobs = PagePlanner.Plan(model, Now, new Dependencies.Index(model, tracked: false));

        var itemPages = jobs.Where(j => j.Path.EndsWith("/events/mote/samtal/", StringComparison.Ordinal)).ToList();
        Assert.Equal(["en", "nb", "sv"], itemPages.Select(j => j.Lang).Order(StringComparer.Ordinal));
        Assert.All(itemPages, j => Assert.Same(itemPages[0].Alternates, j.Alternates));
        Assert.Equal(itemPages.ToDictionary(j => j.Lang, j => j.Path), itemPages[0].Alternates.ToDictionary());
    }

    private static string KeyIn(IReadOnlySet<string> set, string key)
    {
        Assert.True(((HashSet<string>)set).TryGetValue(key, out var actual), $"{key} is not in the set");
        return actual;
    }

    private static TestSite Site() => new TestSite()
        .Write(EventFile, "---\ntitle: Mötet\nstart: 2024-03-08T09:00\nend: 2024-03-08T16:00\n---\nOm mötet.\n")
        .Write(SessionFile, "---\ntitle: Samtal\nstart: 2024-03-08T10:00\nend: 2024-03-08T11:00\nspeakers: [anna-berg]\n---\nText.\n")
        .Write(PersonFile, "---\nname: Anna Berg\norganisation: Region Test\n---\n");
}
