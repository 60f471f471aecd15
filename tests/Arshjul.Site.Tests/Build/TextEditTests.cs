using Arshjul.Site.Build;
using Arshjul.Site.Diagnostics;
using Arshjul.Site.Planning;
using Arshjul.Site.Tests.Support;

namespace Arshjul.Site.Tests.Build;

/// <summary>
/// The dev server's quick path for an edit of a session file's texts (<see cref="TextEdit"/>): it must give exactly
/// what a full build gives, and must leave every edit it cannot vouch for to the whole build. Each build here is
/// compared with a fresh full build of the same content, file by file and byte by byte.
/// </summary>
public sealed class TextEditTests : IDisposable
{
    private const string Session = "content/events/2018-reglab-arskonferens/sessions/jamstalld-tillvaxt";
    private const string TextEditStage = "text edit";
    private static readonly DateTimeOffset Now = new(2024, 2, 1, 12, 0, 0, TimeSpan.Zero);
    private readonly string _root = Path.Combine(Path.GetTempPath(), "arshjul-textedit-" + Guid.NewGuid().ToString("N"));
    private readonly Content.ContentCache _cache = new();
    private int _fullBuilds;

    public TextEditTests()
    {
        RepoPaths.CopyExampleSite(Site);
        // Translations, so that edits in a translation and in the file they fall back to are both tried.
        File.WriteAllText(Path.Combine(Site, Session + ".en.md"), "---\ntitle: \"Gender-equal growth?\"\nsummary: A workshop on equal access.\n---\nGender-equal regional growth means equal access to growth funds.\n");
        File.WriteAllText(Path.Combine(Site, Session + ".nb.md"), "---\ntitle: \"Likestilt vekst?\"\n---\n");
    }

    private string Site => Path.Combine(_root, "site");

    private string Live => Path.Combine(_root, "live");

    [Fact]
    public void TextEdits_PatchTheKeptModel_AndGiveWhatAFullBuildGives()
    {
        var state = Start();
        var edits = new (string File, Func<string, string> Edit)[]
        {
            (Session + ".sv.md", t => t.Replace("title: \"Jämställd tillväxt?\"", "title: \"Jämställd tillväxt – ny titel\"", StringComparison.Ordinal)),
            (Session + ".en.md", t => t.Replace("summary: A workshop on equal access.", "summary: A workshop on equal access to <funds> & \"money\".", StringComparison.Ordinal)),
            (Session + ".nb.md", t => t + "Et nytt avsnitt med en [lenke](../../2024-arbetsmote/index.sv.md).\n"),
            (Session + ".sv.md", t => t.Replace("---\nJämställd", "---\n## Bakgrund\n\nJämställd", StringComparison.Ordinal)),
            (Session + ".en.md", t => t.Replace("title: \"Gender-equal growth?\"", "title: \"Gender-equal growth?\"\nsubtitle: Who gets the money", StringComparison.Ordinal)),
        };

        foreach (var (file, edit) in edits)
        {
            state = EditAndBuild(state, file, edit, expectTextEdit: true);
        }

        Assert.Contains("Jämställd tillväxt – ny titel", File.ReadAllText(Path.Combine(Live, "sv/events/2018-reglab-arskonferens/jamstalld-tillvaxt/index.html")), StringComparison.Ordinal);
        Assert.Contains("SUMMARY:Jämställd tillväxt – ny titel", File.ReadAllText(Path.Combine(Live, "sv/events/2018-reglab-arskonferens/jamstalld-tillvaxt/jamstalld-tillvaxt.ics")), StringComparison.Ordinal);
    }

    [Fact]
    public void EditsOfMoreThanText_BuildTheWholeSite_AndTheNextTextEditIsQuickAgain()
    {
        var state = Start();
        var notText = new (string File, Func<string, string> Edit)[]
        {
            (Session + ".sv.md", t => t.Replace("start: 2018-03-15T11:00", "start: 2018-03-15T11:15", StringComparison.Ordinal)),
            (Session + ".sv.md", t => t.Replace("room: Sal C", "room: Sal D", StringComparison.Ordinal)),
            (Session + ".sv.md", t => t.Replace("speakers: [kajsa-svaleryd, christina-johannesson]", "speakers: [kajsa-svaleryd]", StringComparison.Ordinal)),
            (Session + ".sv.md", t => t.Replace("kind: workshop", "kind: talk\nstatus: cancelled", StringComparison.Ordinal)),
            // A line more in the front matter moves where 'start' is written, which messages about the time name.
            (Session + ".sv.md", t => t.Replace("title: \"Jämställd tillväxt?\"", "title: >-\n  Jämställd tillväxt?", StringComparison.Ordinal)),
            ("content/events/2018-reglab-arskonferens/index.sv.md", t => t.Replace("title: ", "title: Ny ", StringComparison.Ordinal)),
            ("content/speakers/kajsa-svaleryd.md", t => t + "\nEn rad till.\n"),
        };

        foreach (var (file, edit) in notText)
        {
            state = EditAndBuild(state, file, edit, expectTextEdit: false);
        }

        EditAndBuild(state, Session + ".sv.md", t => t.Replace("Jämställd regional tillväxt", "Jämställd och regional tillväxt", StringComparison.Ordinal), expectTextEdit: true);
    }

    [Fact]
    public void TwoFilesChangedAtOnce_AreBuiltByTheWholeBuild()
    {
        var state = Start();
        Change(Session + ".sv.md", t => t.Replace("Jämställd regional", "Jämställd, regional", StringComparison.Ordinal));
        Change(Session + ".en.md", t => t.Replace("Gender-equal regional", "Equal regional", StringComparison.Ordinal));

        var (result, _) = SiteBuilder.Build(Request(Live), state, [Session + ".sv.md", Session + ".en.md"]);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.NotEqual(TextEditStage, result.Stages[0].Stage);
        AssertSameAsAFullBuild("two files");
    }

    [Fact]
    public void AnEditorsTemporaryAndSwapFiles_DoNotStopATextEditOrAnIncrementalBuild_ButARemovedFileDoes()
    {
        var state = Start();
        var folder = Path.GetDirectoryName(Session)!;
        // "sed -i" and vim write a temporary file beside the file and rename or delete it; vim keeps a swap file.
        File.WriteAllText(Path.Combine(Site, folder, ".jamstalld-tillvaxt.sv.md.swp"), "swap");
        Change(Session + ".sv.md", t => t.Replace("Jämställd regional", "Jämställd, regional", StringComparison.Ordinal));
        var (quick, next) = SiteBuilder.Build(Request(Live), state, [folder + "/sedX1b2c3", folder + "/.jamstalld-tillvaxt.sv.md.swp", Session + ".sv.md"]);

        Assert.True(quick.Succeeded, string.Join("\n", quick.Diagnostics));
        Assert.Equal(TextEditStage, quick.Stages[0].Stage);
        AssertSameAsAFullBuild("an edit with an editor's files");

        // Not only text: the whole way, but still only what the edit touched.
        Change(Session + ".sv.md", t => t.Replace("room: Sal C", "room: Sal D", StringComparison.Ordinal));
        var (moved, afterMove) = SiteBuilder.Build(Request(Live), next, [folder + "/sedQ9w8e7", Session + ".sv.md", folder + "/jamstalld-tillvaxt.sv.md~"]);

        Assert.True(moved.Succeeded, string.Join("\n", moved.Diagnostics));
        Assert.NotEqual(TextEditStage, moved.Stages[0].Stage);
        Assert.True(moved.Incremental);
        AssertSameAsAFullBuild("a room edit with an editor's files");
        next = afterMove!;

        var removed = folder + "/brp-plus.sv.md";
        File.Delete(Path.Combine(Site, removed));
        Change(Session + ".sv.md", t => t.Replace("Jämställd, regional", "Jämställd regional", StringComparison.Ordinal));
        var (whole, _) = SiteBuilder.Build(Request(Live), next, [removed, Session + ".sv.md"]);

        Assert.True(whole.Succeeded, string.Join("\n", whole.Diagnostics));
        Assert.NotEqual(TextEditStage, whole.Stages[0].Stage);
        AssertSameAsAFullBuild("an edit and a removed file");
    }

    [Fact]
    public void MyProgramme_IsJoinedFromKeptPieces_AndShowsTheEdit()
    {
        var state = Start();

        EditAndBuild(state, Session + ".sv.md", t => t.Replace("title: \"Jämställd tillväxt?\"", "title: \"Jämställd tillväxt i <alla> regioner\"", StringComparison.Ordinal), expectTextEdit: true);

        var my = File.ReadAllText(Path.Combine(Live, "sv/my/index.html"));
        Assert.Contains("Jämställd tillväxt i &lt;alla&gt; regioner</a></li>", my, StringComparison.Ordinal);
        Assert.DoesNotContain("arshjul-fragment", my, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{{- ev.items_html }}{{- for item in ev.items }}<li data-title=\"{{ item.title }}\"></li>{{- end }}")]
    [InlineData("{{- ev.items_html }}<li data-size=\"{{ ev.items_html | string.size }}\"></li>")]
    [InlineData("{{- ev.items_html | string.replace \"<li \" \"<li class=\\\"x\\\" \" | raw }}")]
    [InlineData("{{- ev.items_html | string.upcase | raw }}")]
    public void AThemeThatUsesMyProgrammesEntriesItsOwnWay_GetsWhatAFullBuildGives(string entries)
    {
        // A theme that reads the items themselves, or uses the entries as a string: the page cannot be kept in pieces.
        var theme = File.ReadAllText(Path.Combine(RepoPaths.Root, "themes/default/layouts/my.html"));
        Assert.Contains("{{- ev.items_html }}", theme, StringComparison.Ordinal);
        Directory.CreateDirectory(Path.Combine(Site, "layouts"));
        File.WriteAllText(Path.Combine(Site, "layouts/my.html"), theme.Replace("{{- ev.items_html }}", entries, StringComparison.Ordinal));
        var state = Start();

        state = EditAndBuild(state, Session + ".sv.md", t => t.Replace("title: \"Jämställd tillväxt?\"", "title: \"Jämställd tillväxt, längre\"", StringComparison.Ordinal), expectTextEdit: true);
        EditAndBuild(state, Session + ".sv.md", t => t.Replace("title: \"Jämställd tillväxt, längre\"", "title: \"Jämställd tillväxt, ännu längre\"", StringComparison.Ordinal), expectTextEdit: true);

        Assert.Contains("Jämställd tillväxt, ännu längre", File.ReadAllText(Path.Combine(Live, "sv/my/index.html")), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void AnEditOnANewDay_IsLeftToTheWholeBuild()
    {
        // Pages say which events are past and the wheel marks today: a kept plan knows only the day it was made.
        var state = Start();
        Change(Session + ".sv.md", t => t.Replace("Jämställd regional", "Jämställd, regional", StringComparison.Ordinal));

        var (result, _) = SiteBuilder.Build(Request(Live) with { Now = Now.AddDays(1) }, state, [Session + ".sv.md"]);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.NotEqual(TextEditStage, result.Stages[0].Stage);
    }

    [Fact]
    public void OnANewDay_AnEditRendersEveryPage_AsAFullBuildOfThatDayDoes()
    {
        // The event of 2024-03-08 is upcoming on its day and past the day after.
        var dayOne = new DateTimeOffset(2024, 3, 8, 11, 0, 0, TimeSpan.Zero);
        var dayTwo = dayOne.AddDays(1);
        var (first, state) = SiteBuilder.Build(Request(Live) with { Now = dayOne }, previous: null, changedPaths: null);
        Assert.True(first.Succeeded, string.Join("\n", first.Diagnostics));
        Change(Session + ".sv.md", t => t.Replace("room: Sal C", "room: Sal D", StringComparison.Ordinal));

        var (result, _) = SiteBuilder.Build(Request(Live) with { Now = dayTwo }, state, [Session + ".sv.md"]);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.False(result.Incremental);
        AssertSameAsAFullBuild("an edit on a new day", dayTwo);
        var before = Path.Combine(_root, "day-one");
        Assert.True(SiteBuilder.Build(Request(before) with { Now = dayOne }).Succeeded);
        Assert.NotEqual(Snapshot(before)["sv/index.html"], Snapshot(Live)["sv/index.html"]);
    }

    [Fact]
    public void ABrokenLinkInTheEdit_FailsAsTheWholeBuildFails_AndLeavesTheOutput()
    {
        var state = Start();
        var before = Snapshot(Live);
        Change(Session + ".sv.md", t => t + "\nSe [programmet](../../finns-inte/index.sv.md).\n");

        var (result, next) = SiteBuilder.Build(Request(Live), state, [Session + ".sv.md"]);
        var check = SiteBuilder.Build(Request(Path.Combine(_root, "check")) with { WriteOutput = false });

        Assert.False(result.Succeeded);
        Assert.Null(next);
        Assert.Equal(check.Diagnostics, result.Diagnostics);
        var broken = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.BrokenContentLink);
        Assert.Equal((Session + ".sv.md", "The link '../../finns-inte/index.sv.md' leads to no page or file of this site."), (broken.Path, broken.Message));
        Assert.Equal(before, Snapshot(Live));
    }

    [Fact]
    public void AnEditThatBringsAWarning_IsReportedByTheWholeBuild_AndTheNextEditBuildsTheWholeSiteToo()
    {
        var state = Start();
        var placeholder = Content.ScaffoldPlaceholders.All.First(p => p.Length > 20);
        Change(Session + ".sv.md", t => t + "\n" + placeholder + "\n");

        var (warned, next) = SiteBuilder.Build(Request(Live), state, [Session + ".sv.md"]);

        Assert.True(warned.Succeeded);
        Assert.NotEqual(TextEditStage, warned.Stages[0].Stage);
        var warning = Assert.Single(warned.Diagnostics);
        Assert.Equal((DiagnosticCodes.ScaffoldPlaceholder, Session + ".sv.md", "This is still the example text that 'arshjul new' wrote; replace it."),
            (warning.Code, warning.Path, warning.Message));
        AssertSameAsAFullBuild("a placeholder");

        // A build with a warning keeps no model: its warnings must be printed again by every build until it is fixed.
        var (again, _) = EditAndBuildResult(next, Session + ".en.md", t => t.Replace("Gender-equal regional", "Equal regional", StringComparison.Ordinal));
        Assert.NotEqual(TextEditStage, again.Stages[0].Stage);
        Assert.Equal(warned.Diagnostics, again.Diagnostics);
    }

    [Fact]
    public void InAGitCheckout_ATextEditStampsTheCalendarsAsAFullBuildDoes()
    {
        TestGit.Run(Site, null, "init", "-q");
        TestGit.Run(Site, null, "add", "-A");
        TestGit.Run(Site, new DateTimeOffset(2024, 1, 10, 9, 0, 0, TimeSpan.Zero), "commit", "-q", "-m", "The site");
        var state = Start();
        var path = Path.Combine(Live, "sv/events/2018-reglab-arskonferens/jamstalld-tillvaxt/jamstalld-tillvaxt.ics");
        Assert.Contains("LAST-MODIFIED:20240110T090000Z", File.ReadAllText(path), StringComparison.Ordinal);

        // The edited file is no longer as committed: its stamp comes from its modification time, not the commit.
        var (result, _) = EditAndBuildResult(state, Session + ".sv.md", t => t.Replace("Jämställd regional", "Jämställd, regional", StringComparison.Ordinal));

        Assert.Equal(TextEditStage, result.Stages[0].Stage);
        AssertSameAsAFullBuild("an edit in a git checkout");
        Assert.DoesNotContain("LAST-MODIFIED:20240110T090000Z", File.ReadAllText(path), StringComparison.Ordinal);
    }

    [Fact]
    public void ATextEdit_StampsAgainTheItemsWhoseEndIsTheNextStart_AndKeepsTheOthers_AsAFullBuildDoes()
    {
        // An item without an end of its own ends when the next begins, so its stamp counts every session file of the
        // event: an edit of another item moves it. Every file is made older than the edit, so the edit's time shows.
        const string coffee = "content/events/2018-reglab-arskonferens/sessions/morgonkaffe.sv.md";
        File.WriteAllText(Path.Combine(Site, coffee), "---\ntitle: Morgonkaffe\nkind: break\nstart: 2018-03-15T08:30\n---\n");
        var old = new DateTime(2024, 1, 5, 8, 0, 0, DateTimeKind.Utc);
        foreach (var entry in Directory.EnumerateFileSystemEntries(Path.Combine(Site, "content"), "*", SearchOption.AllDirectories).Append(Path.Combine(Site, "content")))
        {
            if (Directory.Exists(entry)) Directory.SetLastWriteTimeUtc(entry, old);
            else File.SetLastWriteTimeUtc(entry, old);
        }

        var state = Start();
        var programme = Path.Combine(Live, "sv/events/2018-reglab-arskonferens/programme.ics");
        var coffeeStamp = VeventOf(File.ReadAllText(programme), "SUMMARY:Morgonkaffe");
        var otherStamp = VeventOf(File.ReadAllText(programme), "SUMMARY:Batterifabriken");
        Assert.Contains("LAST-MODIFIED:20240105T080000Z", coffeeStamp, StringComparison.Ordinal);

        EditAndBuild(state, Session + ".sv.md", t => t.Replace("Jämställd regional", "Jämställd, regional", StringComparison.Ordinal), expectTextEdit: true);

        Assert.DoesNotContain("LAST-MODIFIED:20240105T080000Z", VeventOf(File.ReadAllText(programme), "SUMMARY:Morgonkaffe"), StringComparison.Ordinal);
        Assert.Equal(otherStamp, VeventOf(File.ReadAllText(programme), "SUMMARY:Batterifabriken"));

        static string VeventOf(string calendar, string summary)
        {
            var unfolded = calendar.Replace("\r\n ", "", StringComparison.Ordinal);
            return unfolded.Split("BEGIN:VEVENT").Single(v => v.Contains(summary, StringComparison.Ordinal));
        }
    }

    private PlanSnapshot Start()
    {
        var (first, state) = SiteBuilder.Build(Request(Live), previous: null, changedPaths: null);
        Assert.True(first.Succeeded && first.Diagnostics.Count == 0, string.Join("\n", first.Diagnostics));
        Assert.NotNull(state);
        // The cache trusts only files written over a second ago (ContentCache.SettledAfter): the edits below are read again.
        return state;
    }

    private PlanSnapshot EditAndBuild(PlanSnapshot? state, string file, Func<string, string> edit, bool expectTextEdit)
    {
        var (result, next) = EditAndBuildResult(state, file, edit);
        Assert.True(result.Succeeded, $"{file}:\n" + string.Join("\n", result.Diagnostics));
        Assert.True(result.Diagnostics.Count == 0, $"{file}:\n" + string.Join("\n", result.Diagnostics));
        Assert.True(expectTextEdit == (result.Stages[0].Stage == TextEditStage), $"{file}: built by '{result.Stages[0].Stage}' first");
        if (expectTextEdit) Assert.InRange(result.Pages, 1, 40);
        AssertSameAsAFullBuild(file);
        Assert.NotNull(next);
        return next;
    }

    private (BuildResult Result, PlanSnapshot? Next) EditAndBuildResult(PlanSnapshot? state, string file, Func<string, string> edit)
    {
        Change(file, edit);
        return SiteBuilder.Build(Request(Live), state, [file]);
    }

    private void Change(string file, Func<string, string> edit)
    {
        var full = Path.Combine(Site, file);
        var before = File.ReadAllText(full);
        var after = edit(before);
        Assert.NotEqual(before, after);
        File.WriteAllText(full, after);
    }

    private void AssertSameAsAFullBuild(string after, DateTimeOffset? now = null)
    {
        var full = Path.Combine(_root, "full-" + _fullBuilds++);
        var reference = SiteBuilder.Build(Request(full) with { Now = now ?? Now });
        Assert.True(reference.Succeeded, string.Join("\n", reference.Diagnostics));
        var expected = Snapshot(full);
        var actual = Snapshot(Live);
        var differences = expected.Keys.Union(actual.Keys).Order(StringComparer.Ordinal)
            .Where(k => !expected.TryGetValue(k, out var e) || !actual.TryGetValue(k, out var a) || e != a)
            .ToList();
        Assert.True(differences.Count == 0, $"after {after}, these differ from a full build:\n" + string.Join("\n", differences.Take(20)));
    }

    private BuildRequest Request(string output) => new() { Source = Site, Output = output, Now = Now, Cache = _cache };

    /// <summary>Every file of a built site with a hash of its bytes.</summary>
    private static Dictionary<string, string> Snapshot(string root) =>
        Directory.GetFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(root, f), f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))), StringComparer.Ordinal);

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
