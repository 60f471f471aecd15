using System.Diagnostics;
using Arshjul.Site.Calendar;
using Arshjul.Site.Tests.Support;

namespace Arshjul.Site.Tests.Calendar;

/// <summary>In a git checkout, committed and unchanged files take their last commit's time; changed and new ones their mtime.</summary>
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

    /// <summary>Runs git isolated from the machine's configuration, with fixed identity and (when given) commit dates.</summary>
    private static void Git(string folder, DateTimeOffset? date, params string[] arguments)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "-c", "user.name=Test", "-c", "user.email=test@example.org", "-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main" }.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["GIT_CONFIG_GLOBAL"] = "/dev/null";
        start.Environment["GIT_CONFIG_NOSYSTEM"] = "1";
        if (date is { } d)
        {
            var text = d.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
            start.Environment["GIT_AUTHOR_DATE"] = text;
            start.Environment["GIT_COMMITTER_DATE"] = text;
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"git {string.Join(' ', arguments)} failed: {error.Result}");
    }

    private static void DeleteTree(string folder)
    {
        // git makes its object files read-only, which Windows refuses to delete.
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)) File.SetAttributes(file, FileAttributes.Normal);
        Directory.Delete(folder, recursive: true);
    }
}
