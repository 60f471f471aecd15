using System.Text;
using System.Xml.Linq;
using Arshjul.Site.Build;
using Arshjul.Site.Diagnostics;
using Arshjul.Site.I18n;
using Arshjul.Site.Model;
using Arshjul.Site.Output;
using Arshjul.Site.Planning;
using Arshjul.Site.Rendering;
using Arshjul.Site.Rendering.Feeds;
using Arshjul.Site.Rendering.Templates;
using Arshjul.Site.Tests.Support;

namespace Arshjul.Site.Tests.Planning;

/// <summary>
/// The output plan is the one list of what a build writes: the build writes exactly the plan, the sitemap
/// lists the plan's sitemap entries, a new kind of output is one planner and one format, and
/// <see cref="OutputPlan.Select"/> picks what an edit affects.
/// </summary>
public sealed class OutputPlanTests
{
    private static readonly DateTimeOffset Now = new(2024, 2, 1, 12, 0, 0, TimeSpan.Zero);

    private const string EventFile = "content/events/mote/index.sv.md";
    private const string SessionFile = "content/events/mote/sessions/samtal.sv.md";
    private const string OtherSessionFile = "content/events/mote/sessions/verkstad.sv.md";
    private const string PersonFile = "content/speakers/anna-berg.md";

    /// <summary>A humans.txt per language listing the site's people: a kind of output the generator does not have.</summary>
    private static readonly OutputFormat Humans = new("humans", "text/plain", ".txt", IsPage: false, InSitemap: false);

    private static IEnumerable<PlannedOutput> HumansPlanner(PlanContext context, IReadOnlyList<PlannedOutput> plannedBefore) =>
        context.Model.Languages.Select(lang => new PlannedOutput(lang + "/humans.txt", Humans,
            () => Encoding.UTF8.GetBytes(string.Join("\n", context.Model.People.Values.Select(p => p.Name).Order(StringComparer.Ordinal)) + "\n"))
        {
            Language = lang,
            DependsOn = Dependencies.Of(Dependencies.AllPeople),
        });

    [Fact]
    public void ABuild_WritesExactlyThePlannedOutputs_EachWithItsFormat()
    {
        using var site = Site();
        var plan = PlanOf(site);

        var build = SiteBuilder.Build(new BuildRequest { Source = site.Root, Now = Now, WriteOutput = false });

        Assert.True(build.Succeeded, string.Join("\n", build.Diagnostics));
        Assert.Equal(plan.Outputs.Select(o => (o.Path, o.Format.Name)).Order(), build.Files.Select(f => (f.Path, f.Format.Name)).Order());
        Assert.Equal(plan.Outputs.Count, plan.Outputs.Select(o => o.Path).Distinct(StringComparer.Ordinal).Count());
        // Every kind the site has is in the plan: pages, the calendars, feeds and crawler files, the theme's assets.
        Assert.Equal(["asset", "atom", "c3voc-json", "calendar", "frab-xml", "html", "robots", "sitemap"], plan.Outputs.Select(o => o.Format.Name).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void TheSitemap_ListsThePlansSitemapEntries_WhichAreThePagesButTheRootNotFoundMyProgrammeAndPrint()
    {
        using var site = Site();
        var plan = PlanOf(site);
        var sitemap = plan.Outputs.Single(o => o.Format == OutputFormat.Sitemap);

        var locs = XDocument.Parse(Encoding.UTF8.GetString(sitemap.Render()!)).Root!
            .Elements(XName.Get("url", SitemapRenderer.SitemapNamespace)).Select(u => u.Element(XName.Get("loc", SitemapRenderer.SitemapNamespace))!.Value).ToList();

        var listed = plan.Outputs.Where(o => o.InSitemap).ToList();
        Assert.Equal(listed.Select(o => "https://example.org/" + o.Url).Order(StringComparer.Ordinal), locs);
        Assert.All(listed, o => Assert.Equal(OutputFormat.Html, o.Format));
        var unlisted = plan.Outputs.Where(o => o.Format == OutputFormat.Html && !o.InSitemap).Select(o => o.Path).Order(StringComparer.Ordinal);
        Assert.Equal(["404.html", "en/404.html", "en/events/mote/print/index.html", "en/my/index.html", "index.html", "nb/404.html", "nb/events/mote/print/index.html", "nb/my/index.html", "sv/404.html", "sv/events/mote/print/index.html", "sv/my/index.html"], unlisted);
        Assert.Contains("https://example.org/nb/events/mote/samtal/", locs);
    }

    [Fact]
    public void ANewKindOfOutput_IsOnePlannerAndOneFormat_AndIsRenderedAndSelectedLikeTheRest()
    {
        using var site = Site();
        OutputPlanner[] planners = [.. OutputPlan.Planners, HumansPlanner];
        var before = PlanOf(site, planners);

        var humans = before.Outputs.Where(o => o.Format == Humans).ToList();
        Assert.Equal(["en/humans.txt", "nb/humans.txt", "sv/humans.txt"], humans.Select(o => o.Path).Order(StringComparer.Ordinal));
        var memory = new MemoryOutput();
        PlanRenderer.Render(humans, memory, new DiagnosticBag(), parallelism: 2, site.Root);
        Assert.Equal("Anna Berg\nBo Ek\n", Encoding.UTF8.GetString(memory.Files.Single(f => f.Path == "sv/humans.txt").Content));

        // A person edited: the people's list changes, so it is selected; an edit of a session that names nobody new leaves it be.
        site.Write(PersonFile, "---\nname: Anna Bergström\norganisation: Region Test\n---\n");
        var afterPerson = PlanOf(site, planners).Select(before.Snapshot, [PersonFile]);
        Assert.True(afterPerson.IsIncremental);
        Assert.Contains("sv/humans.txt", afterPerson.Outputs.Select(o => o.Path));

        var middle = PlanOf(site, planners);
        // Bo Ek stays in it: taking him out would also take away his calendar, a change of outputs (a full build).
        site.Write(OtherSessionFile, "---\ntitle: Verkstad, ny titel\nstart: 2024-03-08T13:00\nend: 2024-03-08T14:00\nspeakers: [bo-ek]\n---\n");
        var afterSession = PlanOf(site, planners).Select(middle.Snapshot, [OtherSessionFile]);
        Assert.True(afterSession.IsIncremental);
        Assert.DoesNotContain(afterSession.Outputs, o => o.Format == Humans);
    }

    [Fact]
    public void Select_AfterEditingOneSession_PicksWhatShowsIt_AndNothingElse()
    {
        using var site = Site();
        var before = PlanOf(site);
        site.Write(SessionFile, "---\ntitle: Samtal om något annat\nstart: 2024-03-08T10:00\nend: 2024-03-08T11:00\nspeakers: [anna-berg]\n---\nText.\n");

        var selection = PlanOf(site).Select(before.Snapshot, [SessionFile]);

        Assert.True(selection.IsIncremental);
        Assert.Equal([SessionFile], selection.ChangedFiles!);
        var paths = selection.Outputs.Select(o => o.Path).Order(StringComparer.Ordinal).ToList();
        foreach (var lang in new[] { "sv", "nb", "en" })
        {
            Assert.Contains($"{lang}/events/mote/samtal/index.html", paths);        // its page
            Assert.Contains($"{lang}/events/mote/samtal/samtal.ics", paths);        // its calendar
            Assert.Contains($"{lang}/events/mote/index.html", paths);               // the programme shows it
            Assert.Contains($"{lang}/events/mote/programme.ics", paths);            // so does programme.ics
            Assert.Contains($"{lang}/speakers/anna-berg/index.html", paths);        // and its speaker's page
            Assert.DoesNotContain($"{lang}/events/mote/verkstad/index.html", paths); // another item, untouched and unmoved
            Assert.DoesNotContain($"{lang}/events/mote/mote.ics", paths);           // the event alone, whatever its programme
            Assert.DoesNotContain($"{lang}/speakers/bo-ek/index.html", paths);       // someone not in it
        }

        Assert.DoesNotContain(selection.Outputs, o => o.Format == OutputFormat.Asset || o.Format == OutputFormat.Sitemap || o.Format == OutputFormat.Robots);
    }

    [Theory]
    [InlineData("content/events/mote/sessions/ny.sv.md")] // a new file: new pages
    [InlineData("site.yml")]                               // outside content/: anything can change
    [InlineData("static/extra.txt")]
    public void Select_IsEverything_WhenTheEditCanChangeTheSetOfOutputsOrAnything(string path)
    {
        using var site = Site();
        var before = PlanOf(site);
        site.Write(path, path.EndsWith(".md", StringComparison.Ordinal) ? "---\ntitle: Ny\nstart: 2024-03-08T15:00\nend: 2024-03-08T15:30\n---\n" : File.ReadAllText(Path.Combine(site.Root, "site.yml")) + "\n");

        var after = PlanOf(site);
        var selection = after.Select(before.Snapshot, [path]);

        Assert.False(selection.IsIncremental);
        Assert.Equal(after.Outputs.Count, selection.Outputs.Count);
    }

    [Fact]
    public void Select_WithoutAPreviousPlanOrChanges_IsEverything()
    {
        using var site = Site();
        var plan = PlanOf(site);

        Assert.False(plan.Select(null, [SessionFile]).IsIncremental);
        Assert.False(plan.Select(plan.Snapshot, null).IsIncremental);
        Assert.Same(plan.Outputs, plan.Select(plan.Snapshot, []).Outputs);
    }

    [Fact]
    public void APlanWithoutDependencies_HasNoSnapshot_AndSelectsEverything()
    {
        using var site = Site();
        var tracked = PlanOf(site);
        var untracked = PlanOf(site, tracked: false);

        Assert.Null(untracked.Snapshot);
        // No set of content keys is made (the few site-wide keys, "events" and the like, are small constants).
        Assert.Contains(tracked.Outputs.SelectMany(o => o.DependsOn), k => k.StartsWith("file:", StringComparison.Ordinal));
        Assert.DoesNotContain(untracked.Outputs.SelectMany(o => o.DependsOn), k => k.StartsWith("file:", StringComparison.Ordinal) || k.StartsWith("item:", StringComparison.Ordinal));
        // Against a tracked plan's snapshot too: without its own snapshot a plan cannot tell what an edit affects.
        var selection = untracked.Select(tracked.Snapshot, [SessionFile]);
        Assert.False(selection.IsIncremental);
        Assert.Same(untracked.Outputs, selection.Outputs);
        Assert.Equal(tracked.Outputs.Select(o => o.Path), untracked.Outputs.Select(o => o.Path));
    }

    [Fact]
    public void AOneOffBuild_WritesTheSameBytes_AsABuildThatKeepsItsPlan()
    {
        using var site = Site();
        var request = new BuildRequest { Source = site.Root, Now = Now, WriteOutput = false };

        var oneOff = SiteBuilder.Build(request);
        var (kept, snapshot) = SiteBuilder.Build(request, previous: null, changedPaths: null);

        Assert.NotNull(snapshot);
        Assert.Equal(kept.Files.Select(f => (f.Path, Convert.ToHexString(f.Content))).Order(), oneOff.Files.Select(f => (f.Path, Convert.ToHexString(f.Content))).Order());
    }

    private static TestSite Site() => new TestSite()
        .Write(EventFile, "---\ntitle: Mötet\nstart: 2024-03-08T09:00\nend: 2024-03-08T16:00\n---\nOm mötet.\n")
        .Write(SessionFile, "---\ntitle: Samtal\nstart: 2024-03-08T10:00\nend: 2024-03-08T11:00\nspeakers: [anna-berg]\n---\nText.\n")
        .Write(OtherSessionFile, "---\ntitle: Verkstad\nstart: 2024-03-08T13:00\nend: 2024-03-08T14:00\nspeakers: [bo-ek]\n---\n")
        .Write(PersonFile, "---\nname: Anna Berg\norganisation: Region Test\n---\n")
        .Write("content/speakers/bo-ek.md", "---\nname: Bo Ek\n---\n");

    private static OutputPlan PlanOf(TestSite site, IReadOnlyList<OutputPlanner>? planners = null, bool tracked = true)
    {
        var diagnostics = new DiagnosticBag();
        var model = SiteLoader.Load(site.Root, diagnostics) ?? throw new InvalidOperationException(string.Join("\n", diagnostics.ToSortedList()));
        var templates = new TemplateLoader(site.Root, model.Options.Theme);
        var strings = UiStrings.Load(site.Root, model.Languages, templates.Theme, diagnostics);
        var dependencies = new Dependencies.Index(model, tracked);
        var pages = PagePlanner.Plan(model, Now, dependencies);
        var session = new RenderSession(model, templates, strings, new ContentLinkResolver(model, pages.Select(p => p.Path)), Now, liveReloadSnippet: null);
        var plan = OutputPlan.Create(new PlanContext(site.Root, model, templates, session, pages, dependencies, diagnostics), planners);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.ToSortedList()));
        return plan;
    }
}
