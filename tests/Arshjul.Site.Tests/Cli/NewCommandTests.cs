using Arshjul.Cli.Scaffolding;
using Arshjul.Site.Model.Loading;

namespace Arshjul.Site.Tests.Cli;

public sealed class NewCommandTests
{
    private const string Now = "2025-03-01T10:00:00Z";

    [Theory]
    [InlineData("event", "hostmote", null, "content/events/hostmote/index.sv.md")]
    [InlineData("session", "oppning", "varmote", "content/events/varmote/sessions/oppning.sv.md")]
    [InlineData("speaker", "olof-lind", null, "content/speakers/olof-lind.md")]
    [InlineData("article", "nytt-program", null, "content/news/2025-03-01-nytt-program.sv.md")]
    [InlineData("article", "2024-12-24-jul", "varmote", "content/news/2024-12-24-jul.sv.md")]
    [InlineData("page", "kontakt", null, "content/pages/kontakt.sv.md")]
    public void CreatesTheFile_AndTheSiteStillPassesCheck(string kind, string slug, string? ev, string expectedPath)
    {
        using var site = CliSites.Valid();
        string[] args = ["new", kind, slug, "--source", site.Root, "--now", Now, .. ev is null ? Array.Empty<string>() : ["--event", ev]];

        var run = CliRun.Of(args);

        Assert.True(run.Exit == 0, run.ToString());
        Assert.StartsWith($"Created {expectedPath}.", run.Out);
        Assert.True(File.Exists(Path.Combine(site.Root, expectedPath)), expectedPath);
        var check = CliRun.Of("check", "--source", site.Root);
        Assert.True(check.Exit == 0, File.ReadAllText(Path.Combine(site.Root, expectedPath)) + "\n" + check);
        AssertOnlyPlaceholderWarnings(check, expectedPath);
    }

    /// <summary>A new file has no errors; its only warning is the example body text, until it is replaced.</summary>
    private static void AssertOnlyPlaceholderWarnings(CliRun check, string path)
    {
        var diagnostics = check.Err.ReplaceLineEndings("\n").Split('\n').Where(l => l.Length > 0 && !l.StartsWith("    hint:", StringComparison.Ordinal)).ToList();
        var warning = Assert.Single(diagnostics);
        Assert.StartsWith(path + ":", warning);
        Assert.EndsWith(": warning AJ0162: This is still the example text that 'arshjul new' wrote; replace it.", warning);
    }

    [Fact]
    public void UntouchedExampleText_IsWarnedAbout_UntilReplaced()
    {
        using var site = CliSites.Valid();
        const string path = "content/pages/kontakt.sv.md";
        Assert.Equal(0, CliRun.Of("new", "page", "kontakt", "--source", site.Root, "--now", Now).Exit);

        var check = CliRun.Of("check", "--source", site.Root);
        var full = Path.Combine(site.Root, path);
        File.WriteAllText(full, File.ReadAllText(full).Replace("Skriv sidans text här.", "Skriv till oss på info@example.org.", StringComparison.Ordinal));
        var afterEdit = CliRun.Of("check", "--source", site.Root, "--warnings-as-errors");

        Assert.True(check.Exit == 0, check.ToString());
        Assert.Equal(
            """
            content/pages/kontakt.sv.md:10:1: warning AJ0162: This is still the example text that 'arshjul new' wrote; replace it.
                hint: Write the text readers should see here, or delete the line.

            """,
            check.Err.ReplaceLineEndings("\n"));
        Assert.True(afterEdit.Exit == 0, afterEdit.ToString());
        Assert.Equal("", afterEdit.Err);
    }

    [Theory]
    [InlineData("sv", "# Evenemangets namn")]
    [InlineData("nb", "# Navnet på arrangementet")]
    [InlineData("en", "# The event's name")]
    public void CommentsAreInTheFilesLanguage(string language, string expected)
    {
        using var site = CliSites.Valid();

        var run = CliRun.Of("new", "event", "hostmote", "--lang", language, "--source", site.Root, "--now", Now);

        Assert.True(run.Exit == 0, run.ToString());
        var text = File.ReadAllText(Path.Combine(site.Root, $"content/events/hostmote/index.{language}.md"));
        Assert.Contains(expected, text);
        Assert.Contains("start: 2025-03-01T09:00", text);
        var check = CliRun.Of("check", "--source", site.Root);
        Assert.True(check.Exit == 0, check.ToString());
        AssertOnlyPlaceholderWarnings(check, $"content/events/hostmote/index.{language}.md");
    }

    [Fact]
    public void DefaultLanguage_ComesFromSiteYml()
    {
        using var site = CliSites.Valid();
        site.Write("site.yml", "title: Test\nbaseUrl: https://example.org/\nlanguages: [nb, sv]\n");

        var run = CliRun.Of("new", "page", "kontakt", "--source", site.Root);

        Assert.True(run.Exit == 0, run.ToString());
        Assert.Contains("# Sidens tittel", File.ReadAllText(Path.Combine(site.Root, "content/pages/kontakt.nb.md")));
    }

    [Theory]
    [InlineData("event", "varmote", "--lang", "en")]
    [InlineData("page", "om", "--lang", "nb")]
    [InlineData("speaker", "anna-berg", "--lang", "en")]
    public void SecondLanguage_GetsATranslationSettingOnlyTexts(string kind, string slug, string option, string language)
    {
        using var site = CliSites.Valid();

        var run = CliRun.Of("new", kind, slug, option, language, "--source", site.Root);

        Assert.True(run.Exit == 0, run.ToString());
        Assert.Contains("(a translation of content/", run.Out);
        var check = CliRun.Of("check", "--source", site.Root);
        Assert.True(check.Exit == 0, check.ToString());
        AssertOnlyPlaceholderWarnings(check, run.Out.Split(' ')[1]);
    }

    [Fact]
    public void Translation_TakesTheSourceTitle()
    {
        using var site = CliSites.Valid();

        CliRun.Of("new", "event", "varmote", "--lang", "en", "--source", site.Root);

        var text = File.ReadAllText(Path.Combine(site.Root, "content/events/varmote/index.en.md"));
        Assert.Contains("title: \"Vårmötet\"", text);
        Assert.DoesNotContain("start:", text);
    }

    [Fact]
    public void TranslationThatWouldTakeOverTheSource_IsRefused_WithWhatToDo()
    {
        using var site = CliSites.Valid();
        site.Write("content/events/verksted/index.nb.md", "---\ntitle: Verksted\nstart: 2024-05-02T10:00\n---\nTekst.\n");

        // sv comes first in site.yml, so an sv file would become the source and would need 'start'.
        var run = CliRun.Of("new", "event", "verksted", "--lang", "sv", "--source", site.Root);

        Assert.Equal(1, run.Exit);
        Assert.Contains("content/events/verksted/index.nb.md is the source of this event; a 'sv' file would take its place as the source", run.Err);
        Assert.Contains("Copy content/events/verksted/index.nb.md to content/events/verksted/index.sv.md", run.Err);
        Assert.False(File.Exists(Path.Combine(site.Root, "content/events/verksted/index.sv.md")));
        Assert.Equal(0, CliRun.Of("new", "event", "verksted", "--lang", "en", "--source", site.Root).Exit);
    }

    [Fact]
    public void RefusesToOverwrite()
    {
        using var site = CliSites.Valid();
        var path = Path.Combine(site.Root, "content/pages/om.sv.md");
        var before = File.ReadAllText(path);

        var run = CliRun.Of("new", "page", "om", "--source", site.Root);

        Assert.Equal(1, run.Exit);
        Assert.Contains("content/pages/om.sv.md already exists; not overwriting it.", run.Err);
        Assert.Equal(before, File.ReadAllText(path));
    }

    [Theory]
    [InlineData("event", "Välkommen", "valkommen")]
    [InlineData("page", "Om oss", "om-oss")]
    [InlineData("speaker", "2024", "item-2024")]
    [InlineData("article", "Nytt_program", "nytt-program")]
    public void InvalidSlug_IsAUsageError_WithASuggestion(string kind, string slug, string suggestion)
    {
        using var site = CliSites.Valid();

        var run = CliRun.Of("new", kind, slug, "--source", site.Root);

        Assert.True(run.Exit == 2, run.ToString());
        Assert.Contains($"Try '{suggestion}'.", run.Err);
        Assert.False(Directory.Exists(Path.Combine(site.Root, "content/news")));
    }

    [Fact]
    public void ReservedPageName_IsAUsageError()
    {
        using var site = CliSites.Valid();

        var run = CliRun.Of("new", "page", "events", "--source", site.Root);

        Assert.Equal(2, run.Exit);
        Assert.Contains("Try 'events-info'.", run.Err);
    }

    [Fact]
    public void ReservedPageNames_AreThoseOfThePageReader() =>
        Assert.Equal(Site.Model.Loading.PageReader.ReservedSlugs, ContentScaffolder.ReservedPageSlugs);

    [Fact]
    public void Session_ForAnUnknownEvent_FailsWithDidYouMean()
    {
        using var site = CliSites.Valid();

        var run = CliRun.Of("new", "session", "oppning", "--event", "varmotet", "--source", site.Root);

        Assert.Equal(1, run.Exit);
        Assert.Contains("There is no event 'varmotet'", run.Err);
        Assert.Contains("Did you mean 'varmote'?", run.Err);
        Assert.False(Directory.Exists(Path.Combine(site.Root, "content/events/varmotet")));
    }

    [Fact]
    public void Session_WithoutEvent_IsAUsageError()
    {
        using var site = CliSites.Valid();

        var run = CliRun.Of("new", "session", "oppning", "--source", site.Root);

        Assert.Equal(2, run.Exit);
        Assert.Contains("--event", run.Err);
    }

    [Fact]
    public void Session_StartHint_UsesTheEventsDate()
    {
        using var site = CliSites.Valid();

        CliRun.Of("new", "session", "oppning", "--event", "varmote", "--source", site.Root);

        Assert.Contains("# start: 2024-03-08T10:00", File.ReadAllText(Path.Combine(site.Root, "content/events/varmote/sessions/oppning.sv.md")));
    }

    [Fact]
    public void Article_AboutAnEvent_ListsIt()
    {
        using var site = CliSites.Valid();

        var run = CliRun.Of("new", "article", "rapport", "--event", "varmote", "--source", site.Root, "--now", Now);

        Assert.True(run.Exit == 0, run.ToString());
        Assert.Contains("\nevents: [varmote]\n", File.ReadAllText(Path.Combine(site.Root, "content/news/2025-03-01-rapport.sv.md")));
    }

    [Fact]
    public void Article_DateIsTodayInTheSitesTimeZone()
    {
        using var site = CliSites.Valid();

        // 23:30 UTC is already the next day in Stockholm.
        var run = CliRun.Of("new", "article", "nytt", "--source", site.Root, "--now", "2025-03-01T23:30:00Z");

        Assert.True(run.Exit == 0, run.ToString());
        Assert.True(File.Exists(Path.Combine(site.Root, "content/news/2025-03-02-nytt.sv.md")));
    }

    [Fact]
    public void UnknownLanguage_IsAUsageError_WithDidYouMean()
    {
        using var site = CliSites.Valid();

        var run = CliRun.Of("new", "page", "kontakt", "--lang", "se", "--source", site.Root);

        Assert.Equal(2, run.Exit);
        Assert.Contains("'se' is not one of the site's languages (sv, nb, en). Did you mean 'sv'?", run.Err);
    }

    [Fact]
    public void UnknownKind_IsAUsageError()
    {
        using var site = CliSites.Valid();

        Assert.Equal(2, CliRun.Of("new", "talk", "x", "--source", site.Root).Exit);
    }

    [Fact]
    public void BrokenSiteYml_IsReported()
    {
        using var site = CliSites.Valid();
        site.Write("site.yml", "title: Test\nbaseUrl: https://example.org/\nlanguages: [sv\n");

        var run = CliRun.Of("new", "page", "kontakt", "--source", site.Root);

        Assert.Equal(1, run.Exit);
        Assert.Contains("site.yml:", run.Err);
        Assert.Contains("error AJ0101", run.Err);
    }
}
