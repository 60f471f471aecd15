namespace Arshjul.Site.Tests.Loading;

/// <summary>
/// Symbolic links in a site (git stores them, so a pull request can add them) are followed only
/// when they end inside the site folder; anything else is an error naming the link, and what it
/// points to is never read, published or quoted.
/// </summary>
public sealed class SourceLinkTests
{
    private const string Outside = "This is a symbolic link that points outside the site folder (or into its .git folder); what it points to is not read or published.";
    private const string Loop = "This symbolic link leads round in a loop (to a folder that holds it), so there is no file to read.";

    [Fact]
    public void LinksOutOfTheSite_InStaticAndContent_AreErrorsNamingEachLink()
    {
        using var site = new HostileSite();
        var outsideName = Path.GetFileName(site.Outside);
        site.Link("static/passwd.txt", "/etc/passwd")
            .Link("static/env.txt", "/proc/self/environ")
            .Link("static/ext", $"../../{outsideName}/folder")
            .Link("static/zero", "/dev/zero")
            .Link("content/pages/hemlig.sv.md", Path.Combine(site.Outside, "secret.md"));

        var run = site.Build();

        Assert.True(run.Exit == 1, run.ToString());
        Assert.Equal(
            $"""
            content/pages/hemlig.sv.md:1:1: error AJ0120: {Outside}
            static/env.txt:1:1: error AJ0120: {Outside}
            static/ext:1:1: error AJ0120: {Outside}
            static/passwd.txt:1:1: error AJ0120: {Outside}
            static/zero:1:1: error AJ0120: {Outside}
            """.ReplaceLineEndings("\n"),
            HostileSite.Diagnostics(run));
        Assert.Contains("    hint: Copy the file into the site instead of linking to it.", run.Err, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.Output), "a failed build writes nothing");
        Assert.DoesNotContain("root:x:0:0", run.Err, StringComparison.Ordinal);
        site.AssertSecretNowhere(run);
    }

    [Fact]
    public void LinksOutOfTheSite_InI18nAndLayouts_AreErrors_NotRenderedOrQuoted()
    {
        using var site = new HostileSite();
        File.Delete(site.Full("layouts/page.html"));
        site.Link("i18n/sv.yml", Path.Combine(site.Outside, "secret.yml"))
            .Link("layouts/page.html", Path.Combine(site.Outside, "secret.html"));

        var run = site.Build();

        Assert.True(run.Exit == 1, run.ToString());
        Assert.Equal(
            $"""
            i18n/sv.yml:1:1: error AJ0120: {Outside}
            layouts/page.html:1:1: error AJ0120: {Outside}
            """.ReplaceLineEndings("\n"),
            HostileSite.Diagnostics(run));
        site.AssertSecretNowhere(run);
    }

    [Fact]
    public void ThemeFolderLinkedFromOutside_IsAnErrorAtTheLink()
    {
        using var site = new HostileSite();
        site.Site.Write("site.yml", "title: Prov\nbaseUrl: https://example.org/\nlanguages: [sv]\ntheme: evil\n");
        site.Link("themes/evil", site.Outside);

        var run = site.Build();

        Assert.True(run.Exit == 1, run.ToString());
        Assert.Equal($"themes/evil:1:1: error AJ0120: {Outside}", HostileSite.Diagnostics(run));
        site.AssertSecretNowhere(run);
    }

    [Fact]
    public void SiteYmlLinkedFromOutside_IsAnError()
    {
        using var site = new HostileSite();
        File.Delete(site.Full("site.yml"));
        site.Link("site.yml", Path.Combine(site.Outside, "secret.yml"));

        var run = site.Build();

        Assert.True(run.Exit == 1, run.ToString());
        Assert.Equal($"site.yml:1:1: error AJ0120: {Outside}", HostileSite.Diagnostics(run));
        site.AssertSecretNowhere(run);
    }

    [Fact]
    public void LinksInsideTheSite_AreFollowed_ToFilesAndFolders()
    {
        using var site = new HostileSite();
        site.Site.Write("static/real.txt", "the real file\n").Write("extra/b.txt", "from extra\n");
        site.Link("static/alias.txt", "real.txt").Link("static/more", "../extra");

        var run = site.Build();

        Assert.True(run.Exit == 0, run.ToString());
        Assert.Equal("", HostileSite.Diagnostics(run));
        Assert.Equal("the real file\n", File.ReadAllText(Path.Combine(site.Output, "alias.txt")));
        Assert.Equal("from extra\n", File.ReadAllText(Path.Combine(site.Output, "more", "b.txt")));
    }

    [Fact]
    public void LinkLoops_AreErrors_NotAnInternalError()
    {
        using var site = new HostileSite();
        site.Site.Write("static/dir/x.txt", "x\n");
        site.Link("static/a", "b").Link("static/b", "a")
            .Link("static/dir/up", "..")
            .Link("content/pages/sig.sv.md", "sig.sv.md");

        var run = site.Build();

        Assert.True(run.Exit == 1, run.ToString());
        Assert.Equal(
            $"""
            content/pages/sig.sv.md:1:1: error AJ0121: {Loop}
            static/a:1:1: error AJ0121: {Loop}
            static/b:1:1: error AJ0121: {Loop}
            static/dir/up:1:1: error AJ0121: {Loop}
            """.ReplaceLineEndings("\n"),
            HostileSite.Diagnostics(run));
    }

    [Fact]
    public void ALinkToTheSiteFolder_OrIntoItsGitFolder_IsAnError_AndPublishesNoSource()
    {
        // static/up -> .. would publish site.yml, content/ and .git/config (where a CI checkout keeps its
        // token) under /up/; a link into .git does the same for one file.
        using var site = new HostileSite();
        site.Site.Write(".git/config", "[http]\n\textraheader = AUTHORIZATION: basic c2VjcmV0\n");
        site.Link("static/up", "..")
            .Link("static/git-config.txt", "../.git/config")
            .Link("static/git", "../.git");

        var run = site.Build();

        Assert.True(run.Exit == 1, run.ToString());
        Assert.Equal(
            $"""
            static/git:1:1: error AJ0120: {Outside}
            static/git-config.txt:1:1: error AJ0120: {Outside}
            static/up:1:1: error AJ0121: {Loop}
            """.ReplaceLineEndings("\n"),
            HostileSite.Diagnostics(run));
        Assert.DoesNotContain("c2VjcmV0", run.Err, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.Output), "a failed build writes nothing");
    }

    [Fact]
    public void ALinkToAnotherFolderOfTheSite_IsFollowed()
    {
        using var site = new HostileSite();
        site.Site.Write("extra/slides/a.txt", "from extra\n");
        site.Link("static/slides", "../extra/slides");

        var run = site.Build();

        Assert.True(run.Exit == 0, run.ToString());
        Assert.Equal("from extra\n", File.ReadAllText(Path.Combine(site.Output, "slides", "a.txt")));
    }

    [Fact]
    public void LinkToNothing_IsAnErrorNamingTheLink()
    {
        using var site = new HostileSite();
        site.Link("static/program.pdf", "program-v2.pdf");

        var run = site.Build();

        Assert.True(run.Exit == 1, run.ToString());
        Assert.Equal("static/program.pdf:1:1: error AJ0122: This symbolic link points to a file that does not exist.", HostileSite.Diagnostics(run));
    }
}
