using Arshjul.Cli.Serve;
using Arshjul.Site.Build;

namespace Arshjul.Site.Tests.Cli;

public sealed class DevServerTests
{
    [Fact]
    public async Task InternalErrorInABuild_IsReportedWithoutStackTrace_AndTheServerKeepsServing()
    {
        using var site = CliSites.Valid();
        var log = new StringWriter();
        await using var server = new DevServer(new DevServerOptions
        {
            Source = site.Root,
            Port = 0,
            Log = TextWriter.Synchronized(log),
            Build = (_, _, _) => throw new InvalidOperationException("the renderer tripped"),
        });

        var address = await server.StartAsync(CancellationToken.None);
        using var http = new HttpClient();
        var response = await http.GetAsync(address);

        var text = log.ToString();
        Assert.Contains("arshjul: internal error: InvalidOperationException: the renderer tripped", text);
        Assert.DoesNotContain("   at ", text);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("could not be built", await response.Content.ReadAsStringAsync());
        Assert.Contains("internal error", server.Events.LastError);
    }

    [Fact]
    public async Task NonLoopbackHost_IsAllowedWhenAsked_WithAWarning()
    {
        using var site = CliSites.Valid();
        var log = new StringWriter();
        await using var server = new DevServer(new DevServerOptions
        {
            Source = site.Root,
            Host = "0.0.0.0",
            Port = 0,
            Log = TextWriter.Synchronized(log),
            Build = (_, _, _) => (new BuildResult { Diagnostics = [] }, null),
        });

        var address = await server.StartAsync(CancellationToken.None);

        Assert.Equal("0.0.0.0", address.Host);
        Assert.Contains("warning: serving on 0.0.0.0, which is reachable from other machines", log.ToString());
    }

    [Fact]
    public async Task PortInUse_IsReportedPlainly()
    {
        using var site = CliSites.Valid();
        await using var first = new DevServer(new DevServerOptions { Source = site.Root, Port = 0, Build = (_, _, _) => (new BuildResult { Diagnostics = [] }, null) });
        var taken = await first.StartAsync(CancellationToken.None);

        var second = Task.Run(() => CliRun.Of("serve", "--source", site.Root, "--port", taken.Port.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var finished = await Task.WhenAny(second, Task.Delay(TimeSpan.FromSeconds(30)));

        Assert.True(finished == second, "the second server should have failed to bind, not started");
        var run = await second;
        Assert.Equal(2, run.Exit);
        Assert.Contains($"arshjul: cannot listen on 127.0.0.1:{taken.Port}", run.Err);
        Assert.DoesNotContain("   at ", run.Err);
    }

    [Fact]
    public async Task TemporaryOutput_IsReadableByItsUserOnly_AndRemovedOnStop()
    {
        using var site = CliSites.Valid();
        var server = new DevServer(new DevServerOptions { Source = site.Root, Port = 0, Parallelism = 2 });
        await server.StartAsync(CancellationToken.None);
        var folder = server.TemporaryFolder!;

        Assert.StartsWith(folder + Path.DirectorySeparatorChar, server.OutputFolder);
        Assert.True(File.Exists(Path.Combine(server.OutputFolder, "sv", "events", "varmote", "index.html")));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(folder));
        }

        // Nothing of the build (a staging folder) lies beside the private folder, where others could read it.
        Assert.Equal([folder], Directory.GetFileSystemEntries(Path.GetDirectoryName(folder)!, Path.GetFileName(folder) + "*"));

        await server.DisposeAsync();

        Assert.False(Directory.Exists(folder));
    }

    [Fact]
    public async Task ChangedFileNames_ArePrintedWithControlCharactersEscaped()
    {
        using var site = CliSites.Valid();
        var log = new StringWriter();
        var synced = TextWriter.Synchronized(log);
        // The server writes from its own threads; the synchronised writer locks on itself, so read under that lock.
        string Text()
        {
            lock (synced) return log.ToString();
        }

        await using var server = new DevServer(new DevServerOptions
        {
            Source = site.Root,
            Port = 0,
            Log = synced,
            Build = (_, _, _) => (new BuildResult { Diagnostics = [] }, null),
        });
        await server.StartAsync(CancellationToken.None);
        site.Write("content/pages/\u001b]0;owned\u0007\u001b[2J.txt", "x");
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(15);
        while (!Text().Contains("rebuilding.", StringComparison.Ordinal))
        {
            Assert.True(DateTime.UtcNow < deadline, "No rebuild after the change. Log:\n" + Text());
            await Task.Delay(20);
        }

        var text = Text();
        Assert.Contains("content/pages/\\x1b]0;owned\\x07\\x1b[2J.txt changed; rebuilding.", text);
        Assert.DoesNotContain('\u001b', text);
        Assert.DoesNotContain('\u0007', text);
    }

    [Theory]
    [InlineData("127.0.0.1", true)]
    [InlineData("localhost", true)]
    [InlineData("::1", true)]
    [InlineData("[::1]", true)]
    [InlineData("example.org", false)]
    [InlineData("", false)]
    public void TryParseHost_AcceptsAddressesAndLocalhost(string host, bool ok) =>
        Assert.Equal(ok, DevServer.TryParseHost(host, out _));

    [Theory]
    [InlineData("--host", "example.org")]
    [InlineData("--port", "70000")]
    [InlineData("--port", "x")]
    public void ServeCommand_BadHostOrPort_IsAUsageError(string option, string value)
    {
        using var site = CliSites.Valid();

        var run = CliRun.Of("serve", "--source", site.Root, option, value);

        Assert.True(run.Exit == 2, run.ToString());
    }

    [Theory]
    [InlineData("/", "index.html")]
    [InlineData("/sv/", "sv/index.html")]
    [InlineData("/sv/events/x/", "sv/events/x/index.html")]
    [InlineData("/css/site.css", "css/site.css")]
    [InlineData("/..", null)]
    [InlineData("/../x", null)]
    [InlineData("/a/../../x", null)]
    [InlineData("/a\\..\\x", null)]
    [InlineData("/a\0b", null)]
    [InlineData("relative", null)]
    public void Resolver_MapsPathsIntoTheOutputFolder(string path, string? expected)
    {
        var root = Path.Combine(Path.GetTempPath(), "arshjul-out");

        var resolved = OutputPathResolver.Resolve(root, path);

        Assert.Equal(expected is null ? null : Path.Combine(root, expected.Replace('/', Path.DirectorySeparatorChar)), resolved);
    }

    [Theory]
    [InlineData("/%2e%2e/etc/passwd")]
    [InlineData("/..%2Fetc/passwd")]
    [InlineData("/%2E/x")]
    public void Resolver_RefusesEncodedDotSegmentsInTheRawTarget(string raw) =>
        Assert.Null(OutputPathResolver.Resolve(Path.GetTempPath(), "/etc/passwd", raw));

    [Fact]
    public void ErrorEvent_PutsEveryLineInItsOwnDataField() =>
        Assert.Equal("event: error\ndata: a\ndata: b\n\n", ReloadBroadcaster.Format("error", "a\r\nb"));

    [Theory]
    [InlineData("x.html", "text/html; charset=utf-8")]
    [InlineData("x.css", "text/css; charset=utf-8")]
    [InlineData("x.js", "text/javascript; charset=utf-8")]
    [InlineData("x.png", "image/png")]
    [InlineData("x.JPG", "image/jpeg")]
    [InlineData("sv/calendar.ics", "text/calendar; charset=utf-8")]
    [InlineData("sitemap.xml", "application/xml")]
    [InlineData("sv/feed.xml", "application/atom+xml")]
    [InlineData("robots.txt", "text/plain; charset=utf-8")]
    [InlineData("x.unknown", "application/octet-stream")]
    public void ContentTypes_ByExtension(string file, string expected) => Assert.Equal(expected, ContentTypes.For(file));
}
