using Arshjul.Site.Tests.Cli;
using Arshjul.Site.Tests.Support;

namespace Arshjul.Site.Tests.Output;

/// <summary>Output paths that collide or that no file system can hold are content errors found before writing (exit 1), never an exception.</summary>
public sealed class OutputPathCheckTests : IDisposable
{
    private readonly TestSite _site = CliSites.Valid();

    [Theory]
    [InlineData("sv/index.html", "a page")]
    [InlineData("sv/calendar.ics", "a calendar")]
    [InlineData("nb/feed.xml", "a feed")]
    public void AStaticFileAtAGeneratedPath_IsAnErrorNamingTheStaticFile(string path, string what)
    {
        _site.Write("static/" + path, "mine");

        var run = Build();

        Assert.True(run.Exit == 1, run.ToString());
        Assert.Contains($"static/{path}:1:1: error AJ0501: This file would be published at {path}, where the generator writes {what}; rename or move it.\n", run.Err, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_site.Root, "public")));
    }

    [Fact]
    public void ASeriesNameMakingANameOver255Bytes_IsAnErrorAtTheEvent()
    {
        // Ids from long titles are shortened (ItemReader), so a series name is what still reaches the file system's limit.
        var series = string.Concat(Enumerable.Repeat("lång serie ", 24)).Trim();
        _site.Write(CliSites.EventPath, $"""
            ---
            title: Vårmötet
            start: 2024-03-08T09:00
            end: 2024-03-08T16:00
            series: {series}
            ---
            Text.
            """);

        var run = Build();

        Assert.True(run.Exit == 1, run.ToString());
        var slug = "lang-serie-" + string.Concat(Enumerable.Repeat("lang-serie-", 23)).TrimEnd('-');
        Assert.True(slug.Length > 255, "the test needs a name over 255 bytes");
        var line = run.Err.Split('\n').Single(l => l.Contains("AJ0502", StringComparison.Ordinal));
        Assert.Equal($"{CliSites.EventPath}:2:1: error AJ0502: The published name '{slug[..30]}…{slug[^20..]}' is {slug.Length} bytes long; file systems allow at most 255.", line);
        Assert.Contains("    hint: Give it a shorter title, or set a short 'id' (for a programme entry) or a shorter file name.\n", run.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void AnOutputFolderSoDeepThatPathsPassTheSystemLimit_IsAnErrorNotACrash()
    {
        var deep = Path.Combine([Path.GetTempPath(), .. Enumerable.Repeat(new string('d', 200), 21)]);

        var run = Build("--output", deep);

        Assert.True(run.Exit == 1, run.ToString());
        Assert.Matches(@"content/events/varmote/index\.sv\.md:2:1: error AJ0502: The published path en/events/varmote/index\.html would be \d+ bytes long in the output folder; this system allows at most 4095\.", run.Err);
        Assert.DoesNotContain("internal error", run.Err, StringComparison.Ordinal);
    }

    public void Dispose() => _site.Dispose();

    private CliRun Build(params string[] extra) => CliRun.Of(["build", "--source", _site.Root, "--now", "2024-01-01T00:00Z", .. extra]);
}
