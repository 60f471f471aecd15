using Arshjul.Site.Build;
using Arshjul.Site.Calendar;
using Arshjul.Site.Diagnostics;
using Arshjul.Site.Tests.Support;

namespace Arshjul.Site.Tests.Calendar;

/// <summary>
/// Git honesty (issue 13, point 3): a shallow checkout, a missing git and a failing git are warnings that
/// say what they mean for SEQUENCE and how to fix them, never a silent fallback or a stack trace. Each case
/// is a real repository in a temporary folder.
/// </summary>
public sealed class SourceTimesWarningTests : IDisposable
{
    private static readonly DateTimeOffset First = new(2024, 1, 15, 12, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Second = new(2024, 2, 20, 8, 30, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Third = new(2024, 3, 1, 7, 0, 0, TimeSpan.Zero);

    private const string ShallowMessage =
        "site.yml:1:1: warning AJ0520: The site is a shallow git checkout (its history is cut off), so every file not changed in the commits it has "
        + "gets the time of the oldest commit it has. Calendar entries then get a higher SEQUENCE than a full checkout gives: calendar apps may take "
        + "unchanged entries as updates, and after a later build with the full history they may ignore updates.";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "arshjul-git-" + Guid.NewGuid().ToString("N"));

    public SourceTimesWarningTests()
    {
        // The origin: three commits, each touching a different file of one event.
        var origin = Path.Combine(_folder, "origin");
        Write(origin, "site.yml", TestSite.DefaultSiteYml);
        Write(origin, "content/events/mote/index.sv.md", "---\ntitle: Möte\nstart: 2024-03-08T08:30\n---\n");
        Write(origin, "content/events/mote/sessions/forsta.sv.md", "---\ntitle: Första\nstart: 2024-03-08T09:00\nduration: 45m\n---\n");
        Write(origin, "content/events/mote/sessions/andra.sv.md", "---\ntitle: Andra\nstart: 2024-03-08T10:00\nduration: 45m\n---\n");
        TestGit.Run(origin, null, "init", "-q");
        TestGit.CommitAll(origin, First, "First");
        Write(origin, "content/events/mote/sessions/forsta.sv.md", "---\ntitle: Första passet\nstart: 2024-03-08T09:00\nduration: 45m\n---\n");
        TestGit.CommitAll(origin, Second, "Second");
        Write(origin, "content/events/mote/sessions/andra.sv.md", "---\ntitle: Andra passet\nstart: 2024-03-08T10:00\nduration: 45m\n---\n");
        TestGit.CommitAll(origin, Third, "Third");
    }

    public void Dispose() => TestGit.DeleteTree(_folder);

    [Fact]
    public void FullShallowFull_ShallowWarns_AndNoCloneGivesALowerSequenceThanTheFirstFullClone()
    {
        var full = Clone("full-1");
        var (fullStamps, fullWarnings) = Stamps(full);
        Assert.Empty(fullWarnings);
        Assert.Equal(CalendarIdentity.Sequence(First), fullStamps["mote@example.org"]);
        Assert.Equal(CalendarIdentity.Sequence(Second), fullStamps["mote/forsta@example.org"]);
        Assert.Equal(CalendarIdentity.Sequence(Third), fullStamps["mote/andra@example.org"]);

        // --depth 2: the third commit, and the second with its history cut. The files of the cut commit
        // take its time: later than their real last change, never earlier.
        var shallow = Clone("shallow", "--depth", "2");
        var (shallowStamps, shallowWarnings) = Stamps(shallow);
        Assert.Equal([ShallowMessage], shallowWarnings.Select(w => w.ToString()));
        Assert.Equal(
            "Build from the full history: in GitHub Actions set 'fetch-depth: 0' for actions/checkout; elsewhere run 'git fetch --unshallow'.",
            shallowWarnings[0].Hint);
        Assert.Equal(CalendarIdentity.Sequence(Second), shallowStamps["mote@example.org"]);
        Assert.Equal(CalendarIdentity.Sequence(Second), shallowStamps["mote/forsta@example.org"]);
        Assert.Equal(CalendarIdentity.Sequence(Third), shallowStamps["mote/andra@example.org"]);

        var again = Clone("full-2");
        var (againStamps, againWarnings) = Stamps(again);
        Assert.Empty(againWarnings);
        Assert.Equal(fullStamps, againStamps);
        foreach (var (uid, sequence) in fullStamps) Assert.True(shallowStamps[uid] >= sequence, uid);
    }

    [Fact]
    public void ShallowClone_Build_ReportsTheWarning()
    {
        var shallow = Clone("shallow-build", "--depth", "1");

        var result = SiteBuilder.Build(new BuildRequest { Source = shallow, WriteOutput = false, Now = Third });

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal([ShallowMessage], result.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void MissingGit_InACheckout_IsAWarning_AndTimesFallBackToModificationTimes()
    {
        var site = Clone("no-git");
        var written = new DateTime(2025, 5, 5, 5, 5, 5, DateTimeKind.Utc);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(site, "content"), "*.md", SearchOption.AllDirectories)) File.SetLastWriteTimeUtc(file, written);

        var diagnostics = new DiagnosticBag();
        var times = SourceTimes.Load(site, diagnostics, new GitRunner("arshjul-test-no-such-git"));

        Assert.False(times.IsGitCheckout);
        Assert.Equal(new DateTimeOffset(written), times.LastChange(Path.Combine(site, "content/events/mote/index.sv.md")));
        var warning = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal(
            "site.yml:1:1: warning AJ0521: The site is in a git checkout (.git), but git could not be started: it is not installed, or not on the PATH. "
            + "Calendar times fall back to the files' modification times, which a fresh checkout sets to the time of the checkout: calendar apps may "
            + "take unchanged entries as updates, and miss updates after a later build with git.",
            warning.ToString());
        Assert.Equal("Install git where the site is built, or put it on the PATH.", warning.Hint);
    }

    [Fact]
    public void NoCheckout_AndNoGit_IsNoWarning()
    {
        var site = Path.Combine(_folder, "plain");
        Write(site, "site.yml", TestSite.DefaultSiteYml);

        var diagnostics = new DiagnosticBag();
        var times = SourceTimes.Load(site, diagnostics, new GitRunner("arshjul-test-no-such-git"));

        Assert.False(times.IsGitCheckout);
        Assert.Empty(diagnostics.ToSortedList());
    }

    [Fact]
    public void DubiousOwnership_IsAWarning_ThatGivesTheSafeDirectoryCommand()
    {
        var site = Clone("other-owner");

        // git's own test switch: it then treats the repository as another user's, as after a chown or in a container.
        var diagnostics = new DiagnosticBag();
        var times = SourceTimes.Load(site, diagnostics, new GitRunner(environment: new Dictionary<string, string> { ["GIT_TEST_ASSUME_DIFFERENT_OWNER"] = "1" }));

        Assert.False(times.IsGitCheckout);
        var warning = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal(
            $"site.yml:1:1: warning AJ0522: git failed in the site's checkout (.git): fatal: detected dubious ownership in repository at '{site}'. "
            + "Calendar times fall back to the files' modification times: calendar apps may take unchanged entries as updates, "
            + "and miss updates after a later build where git works.",
            warning.ToString());
        Assert.Equal($"git refuses a repository that another user owns. If you trust it, run: git config --global --add safe.directory '{site}'", warning.Hint);
    }

    [Fact]
    public void CorruptRepository_IsAWarning_WithGitsOwnMessage_NotAnException()
    {
        var site = Clone("corrupt");
        foreach (var file in Directory.EnumerateFiles(Path.Combine(site, ".git", "objects"), "*", SearchOption.AllDirectories))
        {
            File.SetAttributes(file, FileAttributes.Normal);
            File.WriteAllText(file, "not an object");
        }

        var result = SiteBuilder.Build(new BuildRequest { Source = site, WriteOutput = false, Now = Third });

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.GitFailed, warning.Code);
        Assert.StartsWith("git failed in the site's checkout (.git): fatal: bad object HEAD. ", warning.Message, StringComparison.Ordinal);
        Assert.EndsWith("Calendar times fall back to the files' modification times: calendar apps may take unchanged entries as updates, "
            + "and miss updates after a later build where git works.", warning.Message, StringComparison.Ordinal);
        Assert.Equal("Run 'git status' in the site's folder to see what is wrong, and fix the repository.", warning.Hint);
    }

    [Fact]
    public void SiteInASubFolder_NamesTheCheckoutAboveIt()
    {
        var repository = Clone("parent");
        var diagnostics = new DiagnosticBag();
        SourceTimes.Load(Path.Combine(repository, "content"), diagnostics, new GitRunner("arshjul-test-no-such-git"));

        Assert.StartsWith("The site is in a git checkout (../.git), but git could not be started", Assert.Single(diagnostics.ToSortedList()).Message, StringComparison.Ordinal);
    }

    private string Clone(string name, params string[] options)
    {
        var target = Path.Combine(_folder, name);
        TestGit.Run(_folder, null, ["clone", "-q", .. options, "file://" + Path.Combine(_folder, "origin"), target]);
        return target;
    }

    /// <summary>SEQUENCE per UID of the event and its items, and the warnings loading the times gave.</summary>
    private static (Dictionary<string, int> Sequences, IReadOnlyList<Diagnostic> Warnings) Stamps(string site)
    {
        var diagnostics = new DiagnosticBag();
        var times = SourceTimes.Load(site, diagnostics);
        var bag = new DiagnosticBag();
        var model = SiteLoader.Load(site, bag) ?? throw new InvalidOperationException(string.Join("\n", bag.ToSortedList()));
        var identity = new CalendarIdentity(model.Options, times);
        var ev = model.FindEvent("mote")!;
        var stamps = ev.AllItems.Select(identity.For).Prepend(identity.For(ev)).ToDictionary(s => s.Uid, s => s.Sequence);
        return (stamps, diagnostics.ToSortedList());
    }

    private static void Write(string root, string path, string text)
    {
        var full = Path.Combine(root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text.ReplaceLineEndings("\n"));
    }
}
