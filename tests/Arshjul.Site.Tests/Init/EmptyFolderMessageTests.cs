using Arshjul.Cli.Serve;
using Arshjul.Site.Tests.Cli;
using Arshjul.Site.Tests.Support;

namespace Arshjul.Site.Tests.Init;

/// <summary>In a folder with no site, every command says so and how to start one; serve never claims to serve a version it never built.</summary>
public sealed class EmptyFolderMessageTests
{
    private const string NoSiteHint = "    hint: Run the command in the site's folder, or point --source at the folder that has site.yml. To start a new site, run 'arshjul init'.\n";

    [Theory]
    [InlineData("build")]
    [InlineData("check")]
    [InlineData("serve")]
    public void InAnEmptyFolder_TheCommandPointsToInit(string command)
    {
        using var folder = new EmptyFolder();

        string[] port = command == "serve" ? ["--port", "0"] : [];
        var run = CliRun.Of([command, "--source", folder.Root, .. port]);

        Assert.Equal(1, run.Exit);
        Assert.StartsWith($"site.yml:1:1: error AJ0202: There is no site.yml in {folder.Root}.\n" + NoSiteHint, run.Err.ReplaceLineEndings("\n"));
        Assert.Equal([], folder.Files());
    }

    [Fact]
    public void New_InAnEmptyFolder_PointsToInit()
    {
        using var folder = new EmptyFolder();

        var run = CliRun.Of("new", "event", "varmote", "--source", folder.Root);

        Assert.Equal(1, run.Exit);
        Assert.Contains(NoSiteHint, run.Err.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task Serve_WhoseFirstBuildFails_SaysThereIsNothingToServe_NotTheLastGoodVersion()
    {
        using var site = new TestSite("title: x\nbaseUrl: https://example.org/\nlanguages: [sv]\ntimeZone: Nowhere/Atlantis\n");
        var log = new StringWriter();
        await using var server = new DevServer(new DevServerOptions { Source = site.Root, Port = 0, Log = TextWriter.Synchronized(log), Parallelism = 1 });

        await server.StartAsync(CancellationToken.None);

        var text = log.ToString();
        Assert.Contains("Build failed: 1 error, 0 warnings. There is nothing to serve until the site builds: fix the problems above and save.", text);
        Assert.DoesNotContain("last good version", text);
    }
}
