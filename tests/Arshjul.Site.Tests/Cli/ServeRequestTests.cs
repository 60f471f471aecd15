using System.Globalization;
using Arshjul.Cli.Serve;
using Arshjul.Site.Tests.Support;

namespace Arshjul.Site.Tests.Cli;

/// <summary>
/// What the dev server answers to requests a browser tricked by DNS rebinding or a hostile page
/// would send: only requests addressed to this machine are served, and redirects stay on it.
/// </summary>
public sealed class ServeRequestTests : IAsyncLifetime
{
    private readonly TestSite _site = CliSites.Valid();
    private DevServer _server = null!;
    private int _port;

    public async Task InitializeAsync()
    {
        _server = new DevServer(new DevServerOptions { Source = _site.Root, Port = 0, Parallelism = 2 });
        _port = (await _server.StartAsync(CancellationToken.None)).Port;
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _site.Dispose();
    }

    private string Port => _port.ToString(CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("localhost")]
    [InlineData("localhost:{port}")]
    [InlineData("LocalHost:{port}")]
    [InlineData("127.0.0.1")]
    [InlineData("127.0.0.1:{port}")]
    [InlineData("127.1.2.3:{port}")]
    [InlineData("[::1]")]
    [InlineData("[::1]:{port}")]
    public async Task LoopbackHost_IsServed(string host)
    {
        var response = await RawHttp.Get(_port, "/sv/events/varmote/", "Host: " + host.Replace("{port}", Port));

        Assert.True(response.Status == 200, response.ToString());
        Assert.Contains("<h1>Vårmötet</h1>", response.Body);
    }

    [Theory]
    [InlineData("attacker.example")]
    [InlineData("attacker.example:{port}")]
    [InlineData("localhost.attacker.example:{port}")]
    [InlineData("127.0.0.1.attacker.example")]
    [InlineData("10.0.0.1:{port}")]
    [InlineData("0.0.0.0:{port}")]
    [InlineData("[::2]:{port}")]
    public async Task ForeignHost_GetsMisdirectedRequest_OnEveryPath(string host)
    {
        foreach (var path in new[] { "/sv/events/varmote/", "/", "/sv", "/finns-inte/", LiveReloadScript.EventsPath })
        {
            var response = await RawHttp.Get(_port, path, "Host: " + host.Replace("{port}", Port));

            Assert.True(response.Status == 421, $"{path}: {response}");
            Assert.StartsWith("text/plain", response.Header("Content-Type"));
            Assert.Contains("only answers requests for this computer", response.Body);
            Assert.DoesNotContain("Vårmötet", response.Body);
            Assert.DoesNotContain("event-stream", response.Head);
            Assert.Null(response.Header("Access-Control-Allow-Origin"));
        }
    }

    [Theory]
    [InlineData("localhost:x")]
    [InlineData("127.0.0.1@attacker.example")]
    [InlineData("localhost:{port}/x")]
    public async Task MalformedHost_IsRefusedByKestrelItself(string host)
    {
        var response = await RawHttp.Get(_port, "/sv/events/varmote/", "Host: " + host.Replace("{port}", Port));

        Assert.True(response.Status == 400, response.ToString());
        Assert.DoesNotContain("Vårmötet", response.Body);
    }

    [Fact]
    public async Task MissingHost_IsRefused()
    {
        // HTTP/1.1 requires a Host, and Kestrel itself answers 400; HTTP/1.0 may leave it out, and is refused here.
        var http11 = await RawHttp.Get(_port, "/sv/events/varmote/");
        var http10 = await RawHttp.Send(_port, "GET /sv/events/varmote/ HTTP/1.0\r\n\r\n");

        Assert.Equal(400, http11.Status);
        Assert.Equal(421, http10.Status);
        Assert.DoesNotContain("Vårmötet", http10.Body);
    }

    [Fact]
    public async Task EventStream_FromAnotherOrigin_IsForbidden()
    {
        var response = await RawHttp.Get(_port, LiveReloadScript.EventsPath, "Host: 127.0.0.1:" + Port, "Origin: http://attacker.example");

        Assert.Equal(403, response.Status);
        Assert.DoesNotContain("event-stream", response.Head);
        Assert.Null(response.Header("Access-Control-Allow-Origin"));
    }

    [Theory]
    [InlineData("Origin: null")]
    [InlineData("Origin: http://127.0.0.1.attacker.example")]
    [InlineData("Origin: file://")]
    public async Task EventStream_FromAnOpaqueOrLookalikeOrigin_IsForbidden(string origin)
    {
        var response = await RawHttp.Get(_port, LiveReloadScript.EventsPath, "Host: 127.0.0.1:" + Port, origin);

        Assert.Equal(403, response.Status);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Origin: http://127.0.0.1:{port}")]
    [InlineData("Origin: http://localhost:{port}")]
    public async Task EventStream_FromThePageItself_IsOpen(string origin)
    {
        var headers = origin.Length == 0 ? new[] { "Host: localhost:" + Port } : new[] { "Host: localhost:" + Port, origin.Replace("{port}", Port) };

        var response = await RawHttp.Get(_port, LiveReloadScript.EventsPath, headers);

        Assert.True(response.Status == 200, response.ToString());
        Assert.StartsWith("text/event-stream", response.Header("Content-Type"));
        Assert.Null(response.Header("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Responses_AreNotForOtherSites()
    {
        var response = await RawHttp.Get(_port, "/sv/events/varmote/", "Host: localhost:" + Port, "Origin: http://attacker.example");

        Assert.Null(response.Header("Access-Control-Allow-Origin"));
        Assert.Equal("same-origin", response.Header("Cross-Origin-Resource-Policy"));
        Assert.Equal("nosniff", response.Header("X-Content-Type-Options"));
    }

    [Theory]
    [InlineData("/sv", "/sv/")]
    [InlineData("//sv", "/sv/")]
    [InlineData("///sv", "/sv/")]
    [InlineData("//sv?x=1", "/sv/?x=1")]
    [InlineData("/sv/events/varmote?a=%2F%2Fb", "/sv/events/varmote/?a=%2F%2Fb")]
    public async Task FolderRedirect_IsAlwaysAPathOnThisServer(string target, string location)
    {
        var response = await RawHttp.Get(_port, target, "Host: localhost:" + Port);

        Assert.True(response.Status == 301, response.ToString());
        Assert.Equal(location, response.Header("Location"));
    }

    [Theory]
    [InlineData("//x")]
    [InlineData("///x")]
    [InlineData("/\\sv")]
    [InlineData("/\\\\sv")]
    [InlineData("/%2F%2Fsv")]
    [InlineData("/%5C%5Csv")]
    [InlineData("//attacker.example")]
    [InlineData("//attacker.example/sv")]
    public async Task SlashOrBackslashTricks_NeverRedirectOffThisServer(string target)
    {
        var response = await RawHttp.Get(_port, target, "Host: localhost:" + Port);

        var location = response.Header("Location");
        Assert.True(location is null || (location.StartsWith('/') && !location.StartsWith("//", StringComparison.Ordinal) && !location.Contains('\\')),
            $"{target}: {response.Head}");
        Assert.Contains(response.Status, new[] { 301, 400, 404 });
    }
}
