using System.Net;
using Arshjul.Cli.Serve;
using Arshjul.Site.Tests.Support;

namespace Arshjul.Site.Tests.Cli;

public sealed class ServeTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    private readonly TestSite _site = CliSites.Valid();
    private readonly StringWriter _logText = new();
    private readonly HttpClient _http = new(new HttpClientHandler { AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(10) };
    private DevServer _server = null!;
    private Uri _address = null!;

    private TextWriter Log => TextWriter.Synchronized(_logText);

    public async Task InitializeAsync()
    {
        _site.WriteBytes("static/filer/program.pdf", "%PDF-1.4\n"u8.ToArray());
        _site.Write("static/kalender/extra.ics", "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n");
        _site.Write("static/feed.xml", "<feed/>");
        _site.Write("static/bilder/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        _server = new DevServer(new DevServerOptions { Source = _site.Root, Port = 0, Log = Log, Parallelism = 2 });
        _address = await _server.StartAsync(CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _http.Dispose();
        _site.Dispose();
    }

    [Fact]
    public void ListensOnLoopbackOnly_ByDefault()
    {
        Assert.Equal("127.0.0.1", _address.Host);
        Assert.NotEqual(0, _address.Port);
        Assert.Equal("/", _address.AbsolutePath);
    }

    [Fact]
    public async Task ServesTheEventPage_WithTheLiveReloadScript()
    {
        var response = await _http.GetAsync(new Uri(_address, "sv/events/varmote/"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Contains("<h1>Vårmötet</h1>", html);
        Assert.Contains("new EventSource(\"/__arshjul/events\")", html);
    }

    [Fact]
    public async Task EditedTitle_IsServedAfterTheRebuild()
    {
        var eventFile = Path.Combine(_site.Root, CliSites.EventPath);
        File.WriteAllText(eventFile, File.ReadAllText(eventFile).Replace("title: Vårmötet", "title: Höstmötet"));

        var html = await PollUntil(new Uri(_address, "sv/events/varmote/"), text => text.Contains("<h1>Höstmötet</h1>"));

        Assert.Contains("<h1>Höstmötet</h1>", html);
    }

    [Fact]
    public async Task OpenPages_GetReload_AfterAGoodBuild_AndError_AfterABadOne()
    {
        using var events = await OpenEvents();
        var eventFile = Path.Combine(_site.Root, CliSites.EventPath);
        var good = File.ReadAllText(eventFile);

        File.WriteAllText(eventFile, good.Replace("title: Vårmötet", "title: Mars"));
        Assert.Equal("reload", (await events.Next()).Name);

        File.WriteAllText(eventFile, good.Replace("start: 2024-03-08T09:00", "start: 2024-02-30T09:00"));
        var error = await events.Next();
        Assert.Equal("error", error.Name);
        Assert.Contains("content/events/varmote/index.sv.md:3:8: error AJ0106: 'start' is '2024-02-30T09:00', but February 2024 has no day 30.", error.Data);

        // The last good output stays served.
        var html = await _http.GetStringAsync(new Uri(_address, "sv/events/varmote/"));
        Assert.Contains("<h1>Mars</h1>", html);
        Assert.Contains("error AJ0106", _logText.ToString());
        Assert.Contains("Still serving the last good version.", _logText.ToString());
    }

    [Fact]
    public async Task APageOpenedWhileTheSiteIsBroken_GetsTheErrorAtOnce()
    {
        var builds = _server.Builds;
        _site.Write("content/pages/trasig.sv.md", "---\ntitel: x\n---\n");
        await WaitFor(() => _server.Builds > builds && _server.Events.LastError is not null);

        using var events = await OpenEvents();
        var error = await events.Next();

        Assert.Equal("error", error.Name);
        Assert.Contains("Unknown key 'titel'", error.Data);
    }

    [Theory]
    [InlineData("/../../etc/passwd")]
    [InlineData("/%2e%2e/%2e%2e/etc/passwd")]
    [InlineData("/%2E%2E/%2E%2E/%2E%2E/etc/passwd")]
    [InlineData("/sv/../../../etc/passwd")]
    [InlineData("/..%2f..%2f..%2fetc/passwd")]
    [InlineData("/%2e%2e%2f%2e%2e%2fetc%2fpasswd")]
    [InlineData("/..\\..\\etc\\passwd")]
    [InlineData("/%5c..%5c..%5cetc%5cpasswd")]
    [InlineData("/./sv/index.html")]
    public async Task TraversalRequests_Get404(string target)
    {
        var (status, body) = await RawGet(target);

        Assert.Equal(404, status);
        Assert.DoesNotContain("root:", body);
    }

    [Fact]
    public async Task EncodedNul_IsRefused()
    {
        // Kestrel itself answers 400 for an encoded NUL, before the handler (which would answer 404) sees it.
        var (status, body) = await RawGet("/sv/%00/index.html");

        Assert.Contains(status, new[] { 400, 404 });
        Assert.DoesNotContain("<h1>", body);
    }

    [Fact]
    public async Task RawRequest_ForARealPage_Gets200()
    {
        var (status, body) = await RawGet("/sv/events/varmote/");

        Assert.Equal(200, status);
        Assert.Contains("Vårmötet", body);
    }

    [Theory]
    [InlineData("", "text/html; charset=utf-8")]
    [InlineData("sv/", "text/html; charset=utf-8")]
    [InlineData("sv/index.html", "text/html; charset=utf-8")]
    [InlineData("filer/program.pdf", "application/pdf")]
    [InlineData("kalender/extra.ics", "text/calendar; charset=utf-8")]
    [InlineData("feed.xml", "application/atom+xml")]
    [InlineData("bilder/logo.svg", "image/svg+xml")]
    public async Task Files_AreServedWithTheirContentType(string path, string contentType)
    {
        var response = await _http.GetAsync(new Uri(_address, path));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType!.ToString());
    }

    [Theory]
    [InlineData("sv/finns-inte/", "not-found-sv")]
    [InlineData("en/events/nothing/", "not-found-en")]
    [InlineData("finns-inte.html", "not-found-sv")]
    public async Task Missing_GetsTheLanguages404Page(string path, string marker)
    {
        var response = await _http.GetAsync(new Uri(_address, path));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains(marker, await response.Content.ReadAsStringAsync());
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType!.ToString());
    }

    [Fact]
    public async Task FolderWithoutSlash_RedirectsToTheSlash()
    {
        var response = await _http.GetAsync(new Uri(_address, "sv/events/varmote"));

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/sv/events/varmote/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Post_IsNotAllowed()
    {
        var response = await _http.PostAsync(new Uri(_address, "sv/"), new StringContent("x"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task BuildOutput_IsNotInTheSiteFolder()
    {
        Assert.False(Directory.Exists(Path.Combine(_site.Root, "public")));
        Assert.True(File.Exists(Path.Combine(_server.OutputFolder, "sv", "events", "varmote", "index.html")));
        await Task.CompletedTask;
    }

    private async Task<string> PollUntil(Uri url, Func<string, bool> done)
    {
        var text = "";
        var deadline = DateTime.UtcNow + Patience;
        while (DateTime.UtcNow < deadline)
        {
            text = await _http.GetStringAsync(url);
            if (done(text)) return text;
            await Task.Delay(50);
        }

        Assert.Fail($"Not served within {Patience.TotalSeconds} s; last response:\n{text}\nLog:\n{_logText}");
        return text;
    }

    private static async Task WaitFor(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "Timed out waiting for the server.");
            await Task.Delay(20);
        }
    }

    /// <summary>Sends the request line exactly as given: HttpClient would normalise the dot segments away.</summary>
    private async Task<(int Status, string Body)> RawGet(string target)
    {
        var response = await RawHttp.Get(_address.Port, target, "Host: 127.0.0.1");
        return (response.Status, response.ToString());
    }

    private async Task<EventStream> OpenEvents()
    {
        var response = await _http.GetAsync(new Uri(_address, LiveReloadScript.EventsPath.TrimStart('/')), HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType!.MediaType);
        var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        Assert.Equal(": connected", await reader.ReadLineAsync());
        Assert.Equal("", await reader.ReadLineAsync());
        return new EventStream(response, reader);
    }

    private sealed class EventStream(HttpResponseMessage response, StreamReader reader) : IDisposable
    {
        public async Task<(string Name, string Data)> Next()
        {
            using var timeout = new CancellationTokenSource(Patience);
            string? name = null;
            var data = new List<string>();
            while (await reader.ReadLineAsync(timeout.Token) is { } line)
            {
                if (line.Length == 0 && name is not null) return (name, string.Join("\n", data));
                if (line.StartsWith("event: ", StringComparison.Ordinal)) name = line[7..];
                else if (line.StartsWith("data: ", StringComparison.Ordinal)) data.Add(line[6..]);
            }

            throw new InvalidOperationException("The event stream ended.");
        }

        public void Dispose()
        {
            reader.Dispose();
            response.Dispose();
        }
    }
}
