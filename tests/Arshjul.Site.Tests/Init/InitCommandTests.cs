using Arshjul.Cli;
using Arshjul.Site.Tests.Cli;

namespace Arshjul.Site.Tests.Init;

/// <summary>`arshjul init`: a new site that builds clean, refuses folders with files, never overwrites, never waits for input.</summary>
public sealed class InitCommandTests
{
    private const string Now = "2026-12-02T10:00:00Z";

    private static readonly string[] SwedishEnglishSite =
    [
        ".github/workflows/pages.yml",
        ".gitignore",
        ".gitlab-ci.yml",
        "content/events/2027-exempelmote/index.en.md",
        "content/events/2027-exempelmote/index.sv.md",
        "content/pages/tillganglighet.en.md",
        "content/pages/tillganglighet.sv.md",
        "site.yml",
    ];

    [Fact]
    public void Init_WithoutOptions_WritesTheSite_WithSwedishAndEnglish()
    {
        using var folder = new EmptyFolder();

        var run = CliRun.Of("init", folder.Root, "--now", Now);

        Assert.True(run.Exit == 0, run.ToString());
        Assert.Equal("", run.Err);
        Assert.Equal(SwedishEnglishSite, folder.Files());
        Assert.StartsWith($"Created a new site in {folder.Root}:\n  site.yml\n", run.Out.ReplaceLineEndings("\n"));
        var siteYml = folder.Read("site.yml");
        Assert.Contains("\nlanguages: [sv, en]\n", siteYml);
        Assert.Contains("\ntimeZone: Europe/Stockholm\n", siteYml);
        Assert.Contains("\nbaseUrl: https://example.org/\n", siteYml);
        Assert.Contains("\n  sv: \"Våra möten\"\n  en: \"Our meetings\"\n", siteYml);

        // The example event is upcoming: the first Tuesday four weeks or more after 2026-12-02 is 2027-01-05.
        var eventText = folder.Read("content/events/2027-exempelmote/index.sv.md");
        Assert.Contains("\nstart: 2027-01-05T09:00\n", eventText);
        Assert.Contains("\nschedule:\n  - id: welcome\n    time: \"09.00\"\n", eventText);
    }

    public static TheoryData<string[]> Options => new()
    {
        new[] { "--now", Now },
        new[] { "--languages", "nb,en", "--title", "Regionale møteplasser", "--now", Now },
        new[] { "--languages", "en", "--time-zone", "Europe/London", "--now", Now },
        new[] { "--languages", "sv, nb, en", "--title", "Säg \"hej\": #1", "--now", "2026-06-30T23:30:00Z" },
    };

    /// <summary>The acceptance: a fresh site builds with no error and no warning, and every link of its output resolves.</summary>
    [Theory]
    [MemberData(nameof(Options))]
    public void FreshSite_BuildsWithNoErrorsOrWarnings_AndPassesTheLinkCheck(string[] options)
    {
        using var folder = new EmptyFolder();
        var init = CliRun.Of(["init", folder.Root, .. options]);
        Assert.True(init.Exit == 0, init.ToString());

        var build = CliRun.Of("build", "--source", folder.Root, "--check-links", "--now", Now);

        Assert.True(build.Exit == 0, build.ToString());
        Assert.Equal("", build.Err);
        Assert.Contains("; 0 errors, 0 warnings.", build.Out);
        Assert.True(File.Exists(folder.PathOf("public/index.html")));
        var check = CliRun.Of("check", "--source", folder.Root, "--warnings-as-errors", "--translations");
        Assert.True(check.Exit == 0, check.ToString());
    }

    [Theory]
    [InlineData("nb,en", "content/events/2027-eksempelmote/index.nb.md", "content/pages/tilgjengelighet.en.md", "Europe/Oslo")]
    [InlineData("en,sv", "content/events/2027-example-meeting/index.en.md", "content/pages/accessibility.sv.md", "Europe/Stockholm")]
    public void TheDefaultLanguage_NamesTheFiles_AndChoosesTheTimeZone(string languages, string eventSource, string statement, string zone)
    {
        using var folder = new EmptyFolder();

        var run = CliRun.Of("init", folder.Root, "--languages", languages, "--now", Now);

        Assert.True(run.Exit == 0, run.ToString());
        Assert.Contains(eventSource, folder.Files());
        Assert.Contains(statement, folder.Files());
        Assert.Contains($"\ntimeZone: {zone}\n", folder.Read("site.yml"));
    }

    [Fact]
    public void AFolderWithAFile_IsRefused_WithExit2_AndNothingIsWritten()
    {
        using var folder = new EmptyFolder();
        File.WriteAllText(folder.PathOf("notes.txt"), "mine");

        var run = CliRun.Of("init", folder.Root, "--now", Now);

        Assert.Equal(ExitCodes.UsageError, run.Exit);
        Assert.Equal("", run.Out);
        Assert.Equal(
            $"arshjul: {folder.Root} is not empty (it has notes.txt), so 'arshjul init' wrote nothing. "
            + "Start the site in a new folder, e.g. 'arshjul init my-site', or add --force to add the missing files here (existing files are kept, never overwritten).\n",
            run.Err.ReplaceLineEndings("\n"));
        Assert.Equal(["notes.txt"], folder.Files());
        Assert.Equal(["notes.txt"], Directory.EnumerateFileSystemEntries(folder.Root).Select(Path.GetFileName));
    }

    [Fact]
    public void AFolderWithOnlyGit_CountsAsEmpty()
    {
        using var folder = new EmptyFolder();
        Directory.CreateDirectory(folder.PathOf(".git"));
        File.WriteAllText(folder.PathOf(".git/HEAD"), "ref: refs/heads/main\n");

        var run = CliRun.Of("init", folder.Root, "--now", Now);

        Assert.True(run.Exit == 0, run.ToString());
        Assert.Contains("site.yml", folder.Files());
    }

    [Fact]
    public void Force_AddsTheMissingFiles_AndKeepsEveryExistingOne()
    {
        using var folder = new EmptyFolder();
        const string mine = "title: Mine\nbaseUrl: https://example.org/\nlanguages: [sv, en]\ntimeZone: Europe/Stockholm\n";
        File.WriteAllText(folder.PathOf("site.yml"), mine);
        File.WriteAllText(folder.PathOf(".gitignore"), "secret/\n");

        var run = CliRun.Of("init", folder.Root, "--force", "--now", Now);

        Assert.True(run.Exit == 0, run.ToString());
        Assert.Equal(mine, folder.Read("site.yml"));
        Assert.Equal("secret/\n", folder.Read(".gitignore"));
        Assert.Equal(SwedishEnglishSite, folder.Files());
        Assert.EndsWith("Kept these files as they were (not overwritten):\n  site.yml\n  .gitignore\n", run.Out.ReplaceLineEndings("\n").Split("Next:")[0]);
    }

    [Fact]
    public void AMissingFolder_IsCreated()
    {
        using var folder = new EmptyFolder(create: false);

        var run = CliRun.Of("init", Path.Combine(folder.Root, "my-site"), "--now", Now);

        Assert.True(run.Exit == 0, run.ToString());
        Assert.Contains("my-site/site.yml", folder.Files());
    }

    [Theory]
    [InlineData(new[] { "--languages", "sv,no" }, "arshjul: 'no' is not a written language; use nb (bokmål) or nn (nynorsk).")]
    [InlineData(new[] { "--languages", "Svenska" }, "arshjul: 'Svenska' is not a language code; use two or three lower-case letters such as sv, nb or en.")]
    [InlineData(new[] { "--languages", "sv,sv" }, "arshjul: 'sv' is listed twice in --languages.")]
    [InlineData(new[] { "--languages", "," }, "arshjul: --languages is empty; list at least one language, e.g. --languages sv,en.")]
    [InlineData(new[] { "--languages", "zu" }, "arshjul: Arshjul has no words for the buttons and headings of 'zu' yet. Start with a language it has (for example sv, nb or en), then add i18n/zu.yml to the site and the language to site.yml.")]
    [InlineData(new[] { "--time-zone", "Stockholm" }, "arshjul: 'Stockholm' is not a time zone name; write it as the tz database does, e.g. Europe/Stockholm or Europe/Oslo.")]
    [InlineData(new[] { "--title", " " }, "arshjul: --title is empty; give the site a name, e.g. --title \"Regionala mötesplatser\".")]
    [InlineData(new[] { "--title", "a\nb" }, "arshjul: --title has a line break or another control character; give it on one line.")]
    public void AnUnusableOption_IsAUsageError_AndNothingIsWritten(string[] options, string message)
    {
        using var folder = new EmptyFolder(create: false);

        var run = CliRun.Of(["init", folder.Root, .. options]);

        Assert.Equal(ExitCodes.UsageError, run.Exit);
        Assert.Equal(message + "\n", run.Err.ReplaceLineEndings("\n"));
        Assert.False(Directory.Exists(folder.Root));
    }

    [Fact]
    public void AtATerminal_MissingOptionsAreAsked_AndEnterTakesTheDefault()
    {
        using var folder = new EmptyFolder();
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var exit = CliApp.Run(["init", folder.Root, "--now", Now], stdout, stderr, new StringReader("nb,en\nMøteplassen\n\n"));

        Assert.True(exit == 0, stderr.ToString());
        Assert.StartsWith("Languages, the default first [sv,en]: The site's name (Enter: a name per language, to change in site.yml): Time zone [Europe/Oslo]: Created", stdout.ToString());
        var siteYml = folder.Read("site.yml");
        Assert.Contains("\ntitle: \"Møteplassen\"\n", siteYml);
        Assert.Contains("\nlanguages: [nb, en]\n", siteYml);
        Assert.Contains("\ntimeZone: Europe/Oslo\n", siteYml);
    }

    [Fact]
    public void AtATerminal_GivenOptionsAreNotAsked()
    {
        using var folder = new EmptyFolder();
        var stdout = new StringWriter();

        var exit = CliApp.Run(["init", folder.Root, "--languages", "sv", "--title", "T", "--time-zone", "Europe/Stockholm", "--now", Now], stdout, new StringWriter(), new StringReader(""));

        Assert.Equal(0, exit);
        Assert.StartsWith("Created a new site", stdout.ToString());
    }

    /// <summary>The real tool with its input a pipe that never closes, as in CI: it must finish, not wait for an answer.</summary>
    [Fact]
    public async Task WithInputRedirected_TheToolAsksNothing_AndFinishes()
    {
        using var folder = new EmptyFolder();
        var info = new System.Diagnostics.ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "arshjul.dll"), "init", folder.Root])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var child = System.Diagnostics.Process.Start(info)!;
        var stdout = child.StandardOutput.ReadToEndAsync();
        var stderr = child.StandardError.ReadToEndAsync();

        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var finished = true;
        try
        {
            await child.WaitForExitAsync(patience.Token);
        }
        catch (OperationCanceledException)
        {
            finished = false;
            child.Kill(entireProcessTree: true);
        }

        Assert.True(finished, "arshjul init waited for input");
        var output = await stdout;
        Assert.True(child.ExitCode == 0, output + await stderr);
        Assert.StartsWith("Created a new site", output);
        Assert.Contains("site.yml", folder.Files());
    }
}
