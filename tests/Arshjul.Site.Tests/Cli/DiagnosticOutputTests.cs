using System.Text.Json;
using Arshjul.Site.Tests.Support;

namespace Arshjul.Site.Tests.Cli;

/// <summary>How build and check print diagnostics: floods grouped, text from files escaped and cut short.</summary>
public sealed class DiagnosticOutputTests
{
    private const string Esc = "\u001b";

    /// <summary>25 articles whose 'date' disagrees with the file name: 25 warnings AJ0115.</summary>
    private static TestSite SiteWithManyWarnings()
    {
        var site = CliSites.Valid();
        for (var n = 1; n <= 25; n++) site.Write($"content/news/2024-03-01-nytt-{n:00}.sv.md", "---\ntitle: Nytt\ndate: 2024-03-02\n---\n");
        return site;
    }

    private static string Warning(int n) =>
        $"content/news/2024-03-01-nytt-{n:00}.sv.md:3:7: warning AJ0115: 'date' is 2024-03-02, but the file name says 2024-03-01; the file name's date is used.";

    [Fact]
    public void Check_PrintsTheFirstTwentyOfOneCode_ThenCountsTheRest()
    {
        using var site = SiteWithManyWarnings();

        var run = CliRun.Of("check", "--source", site.Root);

        Assert.True(run.Exit == 0, run.ToString());
        var expected = Enumerable.Range(1, 20).Select(Warning)
            .Append("… and 5 more warnings AJ0115 like these (run with --verbose to see all)");
        Assert.Equal(string.Join("\n", expected) + "\n", run.Err.ReplaceLineEndings("\n"));
        Assert.Equal("0 errors, 25 warnings in 29 files.\n", run.Out.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Verbose_PrintsEveryDiagnostic_OnCheckAndBuild()
    {
        using var site = SiteWithManyWarnings();
        var output = Path.Combine(site.Root, "out");

        var check = CliRun.Of("check", "--source", site.Root, "--verbose");
        var build = CliRun.Of("build", "--source", site.Root, "--output", output, "--verbose");
        var quietBuild = CliRun.Of("build", "--source", site.Root, "--output", output);

        var all = string.Join("\n", Enumerable.Range(1, 25).Select(Warning)) + "\n";
        Assert.True(check.Exit == 0, check.ToString());
        Assert.Equal(all, check.Err.ReplaceLineEndings("\n"));
        Assert.True(build.Exit == 0, build.ToString());
        Assert.Equal(all, build.Err.ReplaceLineEndings("\n"));
        Assert.Contains("; 0 errors, 25 warnings.", build.Out);
        Assert.True(quietBuild.Exit == 0, quietBuild.ToString());
        Assert.EndsWith(Warning(20) + "\n… and 5 more warnings AJ0115 like these (run with --verbose to see all)\n", quietBuild.Err.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Json_KeepsEveryDiagnostic()
    {
        using var site = SiteWithManyWarnings();

        var run = CliRun.Of("check", "--source", site.Root, "--format", "json");

        using var json = JsonDocument.Parse(run.Out);
        Assert.Equal(25, json.RootElement.GetProperty("diagnostics").GetArrayLength());
        Assert.Equal(25, json.RootElement.GetProperty("warnings").GetInt32());
    }

    [Fact]
    public void GroupsCountErrorsAndWarningsOfOneCodeApart()
    {
        using var site = CliSites.Valid();
        for (var n = 1; n <= 21; n++) site.Write($"content/pages/sida-{n:00}.sv.md", "---\ntitle: Sida\nstatus: klar\n---\n");

        var run = CliRun.Of("check", "--source", site.Root);

        Assert.True(run.Exit == 1, run.ToString());
        var lines = run.Err.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        Assert.Equal(20, lines.Count(l => l.StartsWith("content/pages/sida-", StringComparison.Ordinal)));
        Assert.Equal("… and 1 more error AJ0103 like these (run with --verbose to see all)", lines[^1]);
        Assert.Equal("21 errors, 0 warnings in 25 files.\n", run.Out.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void FileNamesWithTerminalEscapes_ArePrintedEscaped()
    {
        using var site = CliSites.Valid();
        site.Write($"content/pages/x{Esc}]0;pwned\u0007\u202e.sv.md", "---\ntitle: X\n---\n");

        var check = CliRun.Of("check", "--source", site.Root);
        var build = CliRun.Of("build", "--source", site.Root, "--output", Path.Combine(site.Root, "out"));

        foreach (var run in new[] { check, build })
        {
            Assert.True(run.Exit == 1, run.ToString());
            Assert.DoesNotContain(Esc, run.Err + run.Out, StringComparison.Ordinal);
            Assert.DoesNotContain("\u0007", run.Err + run.Out, StringComparison.Ordinal);
            Assert.DoesNotContain("\u202e", run.Err + run.Out, StringComparison.Ordinal);
            Assert.StartsWith(
                "content/pages/x\\x1b]0;pwned\\x07\\u202e.sv.md:1:1: error AJ0111: The file name 'x\\x1b]0;pwned\\x07\\u202e' cannot be used in a web address;",
                run.Err);
        }
    }

    [Fact]
    public void QuotedValues_AreAShortEscapedExcerpt()
    {
        using var site = CliSites.Valid();
        var secret = "ghp_" + new string('A', 36) + "BBBBBBBBBBBBBBBBBBBB" + "CCCCCCCCCC" + Esc + "[2J";
        site.Write("content/events/varmote/sessions/tal.sv.md", $"---\ntitle: Tal\nstatus: \"{secret.Replace(Esc, "\\e")}\"\n---\n");

        var run = CliRun.Of("check", "--source", site.Root);

        Assert.True(run.Exit == 1, run.ToString());
        var excerpt = secret[..60];
        Assert.Equal(
            $"content/events/varmote/sessions/tal.sv.md:3:9: error AJ0109: 'status' is '{excerpt}…'; it can be scheduled, tentative, postponed, cancelled.\n",
            run.Err.ReplaceLineEndings("\n"));
        Assert.DoesNotContain("CCCCCCCCCC", run.Err);
    }
}
