using System.Text.Json;
using Arshjul.Site.Tests.Support;

namespace Arshjul.Site.Tests.Cli;

public sealed class CheckCommandTests
{
    [Fact]
    public void ExitsZero_AndSaysNoProblems_WhenSiteIsValid()
    {
        using var site = CliSites.Valid();

        var run = CliRun.Of("check", "--source", site.Root);

        Assert.True(run.Exit == 0, run.ToString());
        // site.yml, the event, the person and the page.
        Assert.Equal("No problems found in 4 files.\n", run.Out.ReplaceLineEndings("\n"));
        Assert.Equal("", run.Err);
        Assert.False(Directory.Exists(Path.Combine(site.Root, "public")), "check must not write the site");
    }

    [Fact]
    public void ExitsOne_AndPrintsDiagnosticsWithHints_WhenContentHasErrors()
    {
        using var site = CliSites.Valid();
        site.Write("content/pages/kontakt.sv.md", "---\ntitel: Kontakt\n---\n");

        var run = CliRun.Of("check", "--source", site.Root);

        Assert.True(run.Exit == 1, run.ToString());
        var err = run.Err.ReplaceLineEndings("\n");
        Assert.Equal(
            """
            content/pages/kontakt.sv.md:2:1: error AJ0103: Unknown key 'titel' in a page. Did you mean 'title'?
            content/pages/kontakt.sv.md:2:1: error AJ0104: The page has no 'title'; it is required.
                hint: Add a line 'title: …' to the front matter.

            """.ReplaceLineEndings("\n"),
            err);
        Assert.Equal("2 errors, 0 warnings in 5 files.\n", run.Out.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void WarningsFailOnlyWithWarningsAsErrors()
    {
        using var site = CliSites.Valid();
        site.Write("content/news/2024-03-01-nytt.sv.md", "---\ntitle: Nytt\ndate: 2024-03-02\n---\n");

        var plain = CliRun.Of("check", "--source", site.Root);
        var strict = CliRun.Of("check", "--source", site.Root, "--warnings-as-errors");

        Assert.True(plain.Exit == 0, plain.ToString());
        Assert.Contains("warning AJ0115", plain.Err);
        Assert.Equal("0 errors, 1 warning in 5 files.\n", plain.Out.ReplaceLineEndings("\n"));
        Assert.True(strict.Exit == 1, strict.ToString());
    }

    [Fact]
    public void Json_IsOneDocumentOnStdout_WithEveryField()
    {
        using var site = CliSites.Valid();
        site.Write("content/pages/kontakt.sv.md", "---\ntitle: Kontakt\nsumary: x\n---\n");
        site.Write("content/news/2024-03-01-nytt.sv.md", "---\ntitle: Nytt\ndate: 2024-03-02\n---\n");

        var run = CliRun.Of("check", "--source", site.Root, "--format", "json");

        Assert.True(run.Exit == 1, run.ToString());
        Assert.Equal("", run.Err);
        using var json = JsonDocument.Parse(run.Out);
        var root = json.RootElement;
        Assert.Equal(["diagnostics", "errors", "warnings"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(1, root.GetProperty("errors").GetInt32());
        Assert.Equal(1, root.GetProperty("warnings").GetInt32());
        var diagnostics = root.GetProperty("diagnostics").EnumerateArray().ToList();
        Assert.Equal(2, diagnostics.Count);
        var warning = diagnostics[0];
        Assert.Equal(["severity", "code", "path", "line", "column", "message", "hint"], warning.EnumerateObject().Select(p => p.Name));
        Assert.Equal("warning", warning.GetProperty("severity").GetString());
        Assert.Equal("AJ0115", warning.GetProperty("code").GetString());
        Assert.Equal("content/news/2024-03-01-nytt.sv.md", warning.GetProperty("path").GetString());
        Assert.Equal(3, warning.GetProperty("line").GetInt32());
        Assert.Equal(7, warning.GetProperty("column").GetInt32());
        Assert.Equal(JsonValueKind.Null, warning.GetProperty("hint").ValueKind);
        var error = diagnostics[1];
        Assert.Equal("error", error.GetProperty("severity").GetString());
        Assert.Equal("Unknown key 'sumary' in a page. Did you mean 'summary'?", error.GetProperty("message").GetString());
    }

    [Fact]
    public void Json_ExitsZero_WithEmptyList_WhenSiteIsValid()
    {
        using var site = CliSites.Valid();

        var run = CliRun.Of("check", "--source", site.Root, "--format", "json");

        Assert.True(run.Exit == 0, run.ToString());
        using var json = JsonDocument.Parse(run.Out);
        Assert.Equal(0, json.RootElement.GetProperty("diagnostics").GetArrayLength());
        Assert.Equal(0, json.RootElement.GetProperty("errors").GetInt32());
    }

    [Fact]
    public void UnknownFormat_IsAUsageError()
    {
        using var site = CliSites.Valid();

        var run = CliRun.Of("check", "--source", site.Root, "--format", "xml");

        Assert.Equal(2, run.Exit);
    }

    [Fact]
    public void Translations_AreATableOfCounts_ThenWhatFallsBack_PerLanguage()
    {
        using var site = CliSites.Valid();
        site.Write("content/events/varmote/index.en.md", "---\ntitle: Spring meeting\n---\nA meeting.\n");
        site.Write("content/speakers/anna-berg.nb.md", "---\n---\nAnna jobber med regional utvikling.\n");

        var run = CliRun.Of("check", "--source", site.Root, "--translations");

        Assert.True(run.Exit == 0, run.ToString());
        Assert.Equal(
            """
            No problems found in 6 files.
            Translations (translated of all):
              language  events  sessions  articles  pages  people
              sv        1/1     0/0       0/0       1/1    1/1
              nb        0/1     0/0       0/0       0/1    1/1
              en        1/1     0/0       0/0       0/1    0/1
            sv: everything is translated.
            nb: 2 files are not translated:
              content/events/varmote/index.sv.md (event)
              content/pages/om.sv.md (page)
            en: 2 files are not translated:
              content/pages/om.sv.md (page)
              content/speakers/anna-berg.md (person: bio)

            """.ReplaceLineEndings("\n"),
            run.Out.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Translations_CountSessions_AndPeoplesRoles_NotTalksWrittenInTheirLanguage()
    {
        using var site = CliSites.Valid();
        site.Write("content/events/varmote/sessions/keynote.en.md", "---\ntitle: Keynote\nstart: 2024-03-08T10:00\nlanguage: en\n---\nIn English.\n");
        site.Write("content/events/varmote/sessions/samtal.sv.md", "---\ntitle: Samtal\nstart: 2024-03-08T11:00\n---\nPå svenska.\n");
        site.Write("content/events/varmote/sessions/samtal.nb.md", "---\ntitle: Samtale\n---\nPå norsk.\n");
        site.Write("content/speakers/per-ek.md", "---\nname: Per Ek\nrole: utredare\norganisation: Region Värmland\n---\n");
        site.Write("content/speakers/per-ek.en.md", "---\nrole: Analyst\n---\n");

        var run = CliRun.Of("check", "--source", site.Root, "--translations");

        Assert.True(run.Exit == 0, run.ToString());
        var lines = run.Out.ReplaceLineEndings("\n").Split('\n');
        Assert.Equal(
            [
                "  language  events  sessions  articles  pages  people",
                "  sv        1/1     1/1       0/0       1/1    2/2",
                "  nb        0/1     1/1       0/0       0/1    0/2",
                "  en        0/1     0/1       0/0       0/1    1/2",
            ],
            lines.Skip(2).Take(4));
        Assert.Contains("  content/speakers/per-ek.md (person: role, organisation)", lines);
        Assert.Contains("  content/events/varmote/sessions/samtal.sv.md (session)", lines);
        Assert.DoesNotContain(lines, l => l.Contains("keynote", StringComparison.Ordinal));
    }

    [Fact]
    public void Translations_InJson_AreListedPerLanguage()
    {
        using var site = CliSites.Valid();

        var run = CliRun.Of("check", "--source", site.Root, "--translations", "--format", "json");

        using var json = JsonDocument.Parse(run.Out);
        var en = json.RootElement.GetProperty("translations").GetProperty("en");
        var missing = en.GetProperty("missing").EnumerateArray()
            .Select(f => f.GetProperty("path").GetString() + " " + f.GetProperty("kind").GetString() + " [" + string.Join(",", f.GetProperty("fields").EnumerateArray().Select(x => x.GetString())) + "]").ToList();
        Assert.Equal(["content/events/varmote/index.sv.md event []", "content/pages/om.sv.md page []", "content/speakers/anna-berg.md person [bio]"], missing);
        var counts = en.GetProperty("counts");
        Assert.Equal((0, 1), (counts.GetProperty("event").GetProperty("translated").GetInt32(), counts.GetProperty("event").GetProperty("total").GetInt32()));
        Assert.Equal((0, 1), (counts.GetProperty("person").GetProperty("translated").GetInt32(), counts.GetProperty("person").GetProperty("total").GetInt32()));
    }

    [Fact]
    public void MissingSiteYml_IsAContentError()
    {
        var empty = Path.Combine(Path.GetTempPath(), "arshjul-empty-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(empty);
        try
        {
            var run = CliRun.Of("check", "--source", empty);

            Assert.Equal(1, run.Exit);
            Assert.Contains("site.yml:1:1: error AJ0202: There is no site.yml", run.Err);
        }
        finally
        {
            Directory.Delete(empty, true);
        }
    }

    [Fact]
    public void InternalError_PrintsAPlainMessage_AndExitsThree()
    {
        // A NUL in a path makes the runtime throw: an error no content can cause, so it is internal.
        var run = CliRun.Of("check", "--source", "site\0root");

        Assert.True(run.Exit == 3, run.ToString());
        Assert.StartsWith("arshjul: internal error", run.Err);
        Assert.DoesNotContain("   at ", run.Err);
        Assert.DoesNotContain("Exception:", run.Out);
    }

    [Fact]
    public void ExampleSite_HasNoProblems()
    {
        using var site = ExampleSite();

        var run = CliRun.Of("check", "--source", site.Root, "--warnings-as-errors");

        Assert.True(run.Exit == 0, run.ToString());
        Assert.StartsWith("No problems found in ", run.Out);
    }

    [Fact]
    public void ExampleSite_WithOneNewFileOfEachKind_HasNoErrors_OnlyAWarningPerUntouchedExampleText()
    {
        using var site = ExampleSite();
        string[][] commands =
        [
            ["event", "2025-hostmote"],
            ["session", "oppning", "--event", "2024-riktningsmote"],
            ["session", "apning", "--event", "2017-verksted-regional-utvikling", "--lang", "nb"],
            ["speaker", "olof-lind"],
            ["article", "nytt-program", "--event", "2024-riktningsmote"],
            ["page", "kontakt", "--lang", "en"],
            ["event", "2025-hostmote", "--lang", "en"],
            ["speaker", "olof-lind", "--lang", "nb"],
        ];
        foreach (var command in commands)
        {
            var created = CliRun.Of(["new", .. command, "--source", site.Root, "--now", "2025-03-01T10:00:00Z"]);
            Assert.True(created.Exit == 0, created.ToString());
        }

        var run = CliRun.Of("check", "--source", site.Root);

        Assert.True(run.Exit == 0, run.ToString());
        Assert.Equal("0 errors, 8 warnings in 83 files.\n", run.Out.ReplaceLineEndings("\n"));
        var diagnostics = run.Err.ReplaceLineEndings("\n").Split('\n').Where(l => l.StartsWith("content/", StringComparison.Ordinal)).ToList();
        Assert.Equal(8, diagnostics.Count);
        Assert.All(diagnostics, d => Assert.EndsWith(": warning AJ0162: This is still the example text that 'arshjul new' wrote; replace it.", d));
    }

    /// <summary>The repository's example site with its theme, in a temporary folder.</summary>
    internal static TestSite ExampleSite()
    {
        var site = new TestSite();
        foreach (var folder in new[] { "content", "static", "themes" })
        {
            CopyFolder(Path.Combine(RepoPaths.Root, folder), Path.Combine(site.Root, folder));
        }

        File.Copy(Path.Combine(RepoPaths.Root, "site.yml"), Path.Combine(site.Root, "site.yml"), overwrite: true);
        return site;
    }

    internal static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }
}
