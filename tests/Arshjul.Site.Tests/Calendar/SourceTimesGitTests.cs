using Arshjul.Site.Calendar;
using Arshjul.Site.Tests.Support;

namespace Arshjul.Site.Tests.Calendar;

/// <summary>
/// In a git checkout, committed and unchanged files take their last commit's time; changed and new ones their mtime.
/// The fixture's items have their own ends; the last test is about an item whose end comes from the next one.
/// </summary>
public sealed class SourceTimesGitTests : IDisposable
{
    private static readonly DateTimeOffset FirstCommit = new(2024, 1, 15, 12, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset SecondCommit = new(2024, 2, 20, 8, 30, 0, TimeSpan.Zero);
    private static readonly DateTime FileTime = new(2025, 5, 5, 5, 5, 5, DateTimeKind.Utc);

    private readonly TestSite _site = new();

    public SourceTimesGitTests()
    {
        _site.Write("content/events/mote/index.sv.md", """
            ---
            title: Möte
            start: 2024-03-08T08:30
            ---
            """);
        foreach (var (slug, time) in new[] { ("forsta", "09:00"), ("andra", "10:00"), ("tredje", "11:00") })
        {
            _site.Write($"content/events/mote/sessions/{slug}.sv.md", $"""
                ---
                title: Pass {slug}
                start: 2024-03-08T{time}
                duration: 30m
                ---
                """);
        }

        TouchAll(FileTime); // checkout times that must not matter for committed files
    }

    public void Dispose() => _site.Dispose();

    [Fact]
    public void CommittedFiles_UseTheirLastCommitTime_ChangedAndNewFilesTheirModificationTime()
    {
        Git(_site.Root, null, "init", "-q");
        Git(_site.Root, null, "add", "-A");
        Git(_site.Root, FirstCommit, "commit", "-q", "--no-verify", "-m", "First");
        File.AppendAllText(Path.Combine(_site.Root, "content/events/mote/sessions/andra.sv.md"), "\nNy text.\n");
        Git(_site.Root, null, "add", "-A");
        Git(_site.Root, SecondCommit, "commit", "-q", "--no-verify", "-m", "Second");

        // After the commits: one committed file edited, one new file never committed.
        var edited = Path.Combine(_site.Root, "content/events/mote/sessions/tredje.sv.md");
        File.AppendAllText(edited, "\nÄndrad men inte incheckad.\n");
        _site.Write("content/events/mote/sessions/fjarde.sv.md", """
            ---
            title: Pass fjarde
            start: 2024-03-08T12:00
            duration: 30m
            ---
            """);
        TouchAll(FileTime);
        File.SetLastWriteTimeUtc(edited, FileTime.AddHours(1));

        var times = SourceTimes.Load(_site.Root);
        Assert.True(times.IsGitCheckout);
        var model = _site.LoadValid();
        var builder = CalendarTestSupport.Builder(model, times);
        var ics = builder.BuildEventCalendar(model.FindEvent("mote")!, "sv");
        var programme = builder.BuildProgrammeCalendar(model.FindEvent("mote")!, "sv");
        IcalChecker.CheckValid(ics);
        IcalChecker.CheckValid(programme);

        Assert.Equal("20240115T120000Z", Property(ics, "mote@example.org", "LAST-MODIFIED"));
        Assert.Equal("20240115T120000Z", Property(programme, "mote/forsta@example.org", "LAST-MODIFIED"));
        Assert.Equal("20240115T120000Z", Property(programme, "mote/forsta@example.org", "DTSTAMP"));
        Assert.Equal("20240220T083000Z", Property(programme, "mote/andra@example.org", "LAST-MODIFIED"));
        Assert.Equal("20250505T060505Z", Property(programme, "mote/tredje@example.org", "LAST-MODIFIED"));
        Assert.Equal("20250505T050505Z", Property(programme, "mote/fjarde@example.org", "LAST-MODIFIED"));
        Assert.Equal(
            CalendarIdentity.Sequence(SecondCommit).ToString(System.Globalization.CultureInfo.InvariantCulture),
            Property(programme, "mote/andra@example.org", "SEQUENCE"));
    }

    [Fact]
    public void WithStatusOf_AsksGitAgainAboutOneFile_AndAgreesWithAFreshLoad_AfterAnEditAndAfterAnUndo()
    {
        // The dev server's text edit asks git about the edited file only; the other file stays as committed.
        _site.Write("content/extra/a.md", "ett\n");
        _site.Write("content/extra/b.md", "två\n");
        TouchAll(FileTime);
        Git(_site.Root, null, "init", "-q");
        Git(_site.Root, null, "add", "-A");
        Git(_site.Root, FirstCommit, "commit", "-q", "--no-verify", "-m", "First");
        var edited = Path.Combine(_site.Root, "content/extra/a.md");
        var other = Path.Combine(_site.Root, "content/extra/b.md");
        var kept = SourceTimes.Load(_site.Root);

        File.AppendAllText(edited, "ändrad\n");
        File.SetLastWriteTimeUtc(edited, FileTime.AddHours(1));
        var afterEdit = kept.WithStatusOf(edited)!;

        Assert.Equal(new DateTimeOffset(FileTime.AddHours(1)), afterEdit.LastChange(edited));
        Assert.Equal(FirstCommit, afterEdit.LastChange(other));
        Assert.Equal(SourceTimes.Load(_site.Root).LastChange(edited), afterEdit.LastChange(edited));

        // Saved back as committed: clean again, so the commit's time again.
        File.WriteAllText(edited, "ett\n");
        var afterUndo = afterEdit.WithStatusOf(edited)!;

        Assert.Equal(FirstCommit, afterUndo.LastChange(edited));
        Assert.Equal(SourceTimes.Load(_site.Root).LastChange(edited), afterUndo.LastChange(edited));
    }

    [Fact]
    public void SiteInASubFolderOfTheRepository_FindsItsFilesCommitTimes()
    {
        // The repository is the site root's parent; git reports paths from the repository's top.
        var repository = Path.Combine(Path.GetTempPath(), "arshjul-repo-" + Guid.NewGuid().ToString("N"));
        var siteRoot = Path.Combine(repository, "webbplats med mellanslag");
        Directory.CreateDirectory(Path.Combine(siteRoot, "content"));
        try
        {
            var committed = Path.Combine(siteRoot, "content", "åäö.md");
            var outside = Path.Combine(repository, "README.md");
            File.WriteAllText(committed, "a\n");
            File.WriteAllText(outside, "b\n");
            Git(repository, null, "init", "-q");
            Git(repository, null, "add", "-A");
            Git(repository, FirstCommit, "commit", "-q", "--no-verify", "-m", "First");
            File.SetLastWriteTimeUtc(committed, FileTime);

            var times = SourceTimes.Load(siteRoot);
            Assert.True(times.IsGitCheckout);
            Assert.Equal(FirstCommit, times.LastChange(committed));

            File.WriteAllText(committed, "changed\n");
            File.SetLastWriteTimeUtc(committed, FileTime);
            Assert.Equal(new DateTimeOffset(FileTime), SourceTimes.Load(siteRoot).LastChange(committed));
        }
        finally
        {
            DeleteTree(repository);
        }
    }

    [Fact]
    public void MovingOrRemovingTheNextItem_RaisesTheSequenceOfTheItemBefore_WhoseEndWasInferred()
    {
        var third = new DateTimeOffset(2024, 3, 1, 7, 0, 0, TimeSpan.Zero);
        var sessions = Path.Combine(_site.Root, "content/events/mote/sessions");
        foreach (var file in Directory.GetFiles(sessions)) File.Delete(file);
        _site.Write("content/events/mote/sessions/a.sv.md", "---\ntitle: A\nstart: 2024-03-08T09:00\n---\n");
        _site.Write("content/events/mote/sessions/b.sv.md", "---\ntitle: B\nstart: 2024-03-08T10:00\nduration: 30m\n---\n");
        _site.Write("content/events/mote/sessions/c.sv.md", "---\ntitle: C\nstart: 2024-03-08T13:00\nduration: 30m\n---\n");
        Git(_site.Root, null, "init", "-q");
        TestGit.CommitAll(_site.Root, FirstCommit, "First");
        Assert.Equal(("20240308T100000", FirstCommit), ItemCalendar("a"));

        // b moves: a ends later, and its SEQUENCE rises with b's commit.
        _site.Write("content/events/mote/sessions/b.sv.md", "---\ntitle: B\nstart: 2024-03-08T11:00\nduration: 30m\n---\n");
        TestGit.CommitAll(_site.Root, SecondCommit, "Move b");
        Assert.Equal(("20240308T110000", SecondCommit), ItemCalendar("a"));
        Assert.Equal(("20240308T133000", FirstCommit), ItemCalendar("c"));

        // b is removed: a ends at c, whose file is from the first commit; the removal's commit counts.
        Git(_site.Root, null, "rm", "-q", "content/events/mote/sessions/b.sv.md");
        TestGit.CommitAll(_site.Root, third, "Remove b");
        Assert.Equal(("20240308T130000", third), ItemCalendar("a"));

        // c is removed but not committed: git cannot date that; the folder's time does.
        File.Delete(Path.Combine(sessions, "c.sv.md"));
        Directory.SetLastWriteTimeUtc(sessions, FileTime);
        Assert.Equal(((string?)null, new DateTimeOffset(FileTime)), ItemCalendar("a"));
    }

    /// <summary>An item's own calendar, built from the site as it is now: its DTEND (local, or null) and its LAST-MODIFIED, which SEQUENCE follows.</summary>
    private (string? End, DateTimeOffset LastModified) ItemCalendar(string id)
    {
        var times = SourceTimes.Load(_site.Root);
        Assert.True(times.IsGitCheckout);
        var model = _site.LoadValid();
        var item = model.FindEvent("mote")!.AllItems.Single(i => i.Id == id);
        var ics = CalendarTestSupport.Builder(model, times).BuildItemCalendar(item, "sv");
        IcalChecker.CheckValid(ics);
        var lines = CalendarTestSupport.VEventLines(ics, "mote/" + id + "@example.org");
        var end = lines.SingleOrDefault(l => l.StartsWith("DTEND;TZID=Europe/Stockholm:", StringComparison.Ordinal))?.Split(':')[1];
        var modified = DateTimeOffset.ParseExact(Assert.Single(lines, l => l.StartsWith("LAST-MODIFIED:", StringComparison.Ordinal))[14..],
            "yyyyMMdd'T'HHmmss'Z'", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal);
        var sequence = int.Parse(Assert.Single(lines, l => l.StartsWith("SEQUENCE:", StringComparison.Ordinal))[9..], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(CalendarIdentity.Sequence(modified), sequence);
        return (end, modified);
    }

    [Fact]
    public void ParseLog_ReadsTimesAndPaths_OfEveryCommit()
    {
        var log = "\u001e1706745600\0\nsite/a.md\0site/c d.md\0\u001e1705320000\0\u001e1704067200\0\nsite/a.md\0";
        Assert.Equal(
            [
                (DateTimeOffset.FromUnixTimeSeconds(1706745600), "site/a.md"),
                (DateTimeOffset.FromUnixTimeSeconds(1706745600), "site/c d.md"),
                (DateTimeOffset.FromUnixTimeSeconds(1704067200), "site/a.md"),
            ],
            SourceTimes.ParseLog(log));
        Assert.Equal(["site/b.md", "site/new.md"], SourceTimes.ParseStatus(" M site/b.md\0?? site/new.md\0"));
    }

    private void TouchAll(DateTime time)
    {
        foreach (var file in Directory.EnumerateFiles(Path.Combine(_site.Root, "content"), "*.md", SearchOption.AllDirectories))
        {
            File.SetLastWriteTimeUtc(file, time);
        }
    }

    private static string Property(string ics, string uid, string name) =>
        Assert.Single(CalendarTestSupport.VEventLines(ics, uid), l => l.StartsWith(name + ":", StringComparison.Ordinal))[(name.Length + 1)..];

    private static void Git(string folder, DateTimeOffset? date, params string[] arguments) => TestGit.Run(folder, date, arguments);

    private static void DeleteTree(string folder) => TestGit.DeleteTree(folder);
}
