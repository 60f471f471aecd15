namespace Arshjul.Site.Tests.Loading;

/// <summary>Named pipes in a site are skipped with a warning and never opened: opening one blocks until a writer comes.</summary>
public sealed class SpecialFileTests
{
    private const string Skipped = "This is not an ordinary file (it is a named pipe, a socket or a device), so it is skipped.";

    [Fact]
    public void Pipes_AreSkippedWithAWarning_AndTheBuildFinishes()
    {
        using var site = new HostileSite();
        File.Delete(site.Full("layouts/page.html"));
        site.Fifo("static/pipe")
            .Fifo("content/pages/ror.sv.md")
            .Fifo("i18n/sv.yml")
            .Fifo("layouts/page.html");

        var run = site.Build();

        Assert.True(run.Exit == 0, run.ToString());
        Assert.Equal(
            $"""
            content/pages/ror.sv.md:1:1: warning AJ0123: {Skipped}
            i18n/sv.yml:1:1: warning AJ0123: {Skipped}
            layouts/page.html:1:1: warning AJ0123: {Skipped}
            static/pipe:1:1: warning AJ0123: {Skipped}
            """.ReplaceLineEndings("\n"),
            HostileSite.Diagnostics(run));
        Assert.False(File.Exists(Path.Combine(site.Output, "pipe")));
        // The page layout fell back to the built-in theme's, so the page is still there.
        Assert.True(File.Exists(Path.Combine(site.Output, "sv", "om", "index.html")));
    }

    [Fact]
    public void SiteYmlAsAPipe_IsNoSiteYml_NotAHang()
    {
        using var site = new HostileSite();
        File.Delete(site.Full("site.yml"));
        site.Fifo("site.yml");

        var run = site.Build();

        Assert.True(run.Exit == 1, run.ToString());
        Assert.StartsWith($"site.yml:1:1: warning AJ0123: {Skipped}\nsite.yml:1:1: error AJ0202: There is no site.yml in ", HostileSite.Diagnostics(run));
    }
}
