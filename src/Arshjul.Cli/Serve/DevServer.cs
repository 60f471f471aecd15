using System.Globalization;
using System.Net;
using System.Threading.Channels;
using Arshjul.Site.Build;
using Arshjul.Site.Diagnostics;
using Arshjul.Site.Planning;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Arshjul.Cli.Serve;

/// <summary>
/// `arshjul serve`: builds the site into a private folder with the live-reload script on every
/// page, serves that folder over HTTP (Kestrel), and rebuilds when a source file changes. A failed
/// rebuild leaves the last good output in place and shows its diagnostics in the terminal and
/// over the open pages. Only requests addressed to this computer are answered (see <see cref="HostCheck"/>).
/// </summary>
public sealed class DevServer : IAsyncDisposable
{
    private readonly DevServerOptions _options;
    private readonly ReloadBroadcaster _events = new();
    private readonly Channel<string?> _changes = Channel.CreateUnbounded<string?>();
    private PlanSnapshot? _state;
    private readonly Site.Content.ContentCache _cache = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly HostCheck _hosts;
    private WebApplication? _app;
    private SiteWatcher? _watcher;
    private Task? _rebuildLoop;
    private int _builds;

    /// <summary>Whether any build has succeeded, so a failed one can say truly whether an older version is being served.</summary>
    private bool _servedOnce;

    public DevServer(DevServerOptions options)
    {
        _options = options;
        SiteRoot = Path.GetFullPath(options.Source);
        _hosts = new HostCheck(options.Host);

        // The output goes one level down in a private folder, so whatever the build writes beside its output
        // (a staging folder) is private too.
        TemporaryFolder = options.Output is null ? Path.Combine(Path.GetTempPath(), "arshjul-serve-" + Guid.NewGuid().ToString("N")) : null;
        OutputFolder = Path.GetFullPath(options.Output ?? Path.Combine(TemporaryFolder!, "site"));
    }

    public string SiteRoot { get; }

    /// <summary>The private folder (mode 0700 on Unix) holding the output, removed on stop; null when the caller chose the output.</summary>
    public string? TemporaryFolder { get; }

    /// <summary>The folder being served.</summary>
    public string OutputFolder { get; }

    /// <summary>The address the server listens on, once started: http://127.0.0.1:5000/.</summary>
    public Uri? Address { get; private set; }

    /// <summary>How many builds have finished (successful or not), for tests that wait on a rebuild.</summary>
    public int Builds => Volatile.Read(ref _builds);

    public ReloadBroadcaster Events => _events;

    /// <summary>Parses --host: an IP address or "localhost" (the loopback address).</summary>
    public static bool TryParseHost(string host, out IPAddress address)
    {
        if (string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase))
        {
            address = IPAddress.Loopback;
            return true;
        }

        return IPAddress.TryParse(host.Trim('[', ']'), out address!);
    }

    /// <summary>Binds, builds the site once, starts watching; returns the bound address (with the real port when Port is 0).</summary>
    public async Task<Uri> StartAsync(CancellationToken cancellation)
    {
        if (!TryParseHost(_options.Host, out var ip))
        {
            throw new ArgumentException($"'{_options.Host}' is not an IP address or 'localhost'.", nameof(_options.Host));
        }

        if (!IPAddress.IsLoopback(ip))
        {
            _options.Log.WriteLine($"warning: serving on {ip}, which is reachable from other machines; anyone on the network can see your drafts.");
        }

        if (TemporaryFolder is not null) CreatePrivateFolder(TemporaryFolder);
        Directory.CreateDirectory(OutputFolder);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], ApplicationName = "arshjul", ContentRootPath = OutputFolder });
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<IHostLifetime, CallerOwnedLifetime>();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(ip, _options.Port);
        });
        var app = builder.Build();
        app.Run(HandleAsync);
        await app.StartAsync(cancellation);
        _app = app;

        var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? throw new InvalidOperationException("The server started without an address.");
        Address = new Uri(bound.TrimEnd('/') + "/");

        await Task.Run(() => Rebuild(null), cancellation);
        // A swap or backup file under content/ (vim writes one every few seconds while typing) is skipped by the loader:
        // alone it needs no build.
        _watcher = new SiteWatcher(SiteRoot, path =>
        {
            if (path is null || !Site.Build.ChangedPaths.IsSkippedContent(path)) _changes.Writer.TryWrite(path);
        });
        _rebuildLoop = Task.Run(() => RebuildLoopAsync(_stopping.Token), CancellationToken.None);
        return Address;
    }

    public async Task StopAsync()
    {
        if (_stopping.IsCancellationRequested) return;
        await _stopping.CancelAsync();
        _watcher?.Dispose();
        _changes.Writer.TryComplete();
        if (_rebuildLoop is not null)
        {
            try
            {
                await _rebuildLoop;
            }
            catch (OperationCanceledException)
            {
                // Stopping while waiting for changes.
            }
        }

        if (_app is not null)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await _app.StopAsync(timeout.Token);
            await _app.DisposeAsync();
        }

        if (TemporaryFolder is not null)
        {
            try
            {
                Directory.Delete(TemporaryFolder, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // A leftover private temporary folder is harmless.
            }
        }
    }

    /// <summary>Drafts are not for the other users of this computer: the folder is its user's only (0700).</summary>
    private static void CreatePrivateFolder(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            // The user's own temporary folder is private already.
            Directory.CreateDirectory(path);
        }
        else
        {
            Directory.CreateDirectory(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _stopping.Dispose();
    }

    /// <summary>
    /// One build at a time. Changes that arrive during a build are gathered into one more build after it,
    /// so the last build always starts after the last change and reads what is on disk then.
    /// </summary>
    private async Task RebuildLoopAsync(CancellationToken cancellation)
    {
        while (await _changes.Reader.WaitToReadAsync(cancellation))
        {
            // Wait until the files have been quiet for the debounce time: a save is often several writes.
            var changed = new SortedSet<string>(StringComparer.Ordinal);
            var unknown = false;
            do
            {
                while (_changes.Reader.TryRead(out var path))
                {
                    if (path is null) unknown = true;
                    else changed.Add(path);
                }

                await Task.Delay(_options.Debounce, cancellation);
            }
            while (_changes.Reader.Count > 0);

            _options.Log.WriteLine(Describe(unknown ? null : changed));
            var before = changed.ToDictionary(path => path, Stamp, StringComparer.Ordinal);
            Rebuild(unknown ? null : changed);

            // A file the editor was still writing may have been read half-written; its next event normally says so,
            // but a file whose size or time moved during the build is built again in any case.
            foreach (var (path, stamp) in before)
            {
                if (Stamp(path) != stamp) _changes.Writer.TryWrite(path);
            }
        }
    }

    /// <summary>What the watcher saw, for the terminal; file names are escaped, since they can hold any character.</summary>
    private static string Describe(IReadOnlyCollection<string>? changed) => changed switch
    {
        null or { Count: 0 } => "Files changed; rebuilding.",
        { Count: 1 } => $"{SafeText.Escape(changed.First())} changed; rebuilding.",
        _ => string.Create(CultureInfo.InvariantCulture, $"{SafeText.Escape(changed.First())} and {changed.Count - 1} more changed; rebuilding."),
    };

    /// <summary>Whether a site file exists, and its size and time, to notice a write that went on during a build.</summary>
    private (bool Exists, long Length, DateTime LastWriteUtc) Stamp(string sitePath)
    {
        var info = new FileInfo(Path.Combine(SiteRoot, sitePath));
        return info.Exists ? (true, info.Length, info.LastWriteTimeUtc) : (false, 0, default);
    }

    /// <param name="changed">The paths changed since the last build, or null to rebuild everything.</param>
    private void Rebuild(IReadOnlyCollection<string>? changed)
    {
        var log = _options.Log;
        try
        {
            var (result, state) = _options.Build(new BuildRequest
            {
                Source = SiteRoot,
                Output = OutputFolder,
                BaseUrl = Address?.AbsoluteUri,
                LiveReloadSnippet = LiveReloadScript.Snippet,
                Parallelism = _options.Parallelism,
                Cache = _cache,
            }, _state, changed);

            // After a failed build the next one starts from scratch: the edits in between are not all known.
            _state = result.Succeeded ? state : null;
            DiagnosticPrinter.Print(result.Diagnostics, log);
            if (result.Succeeded)
            {
                var written = result.Written;
                log.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"Built {result.Pages} pages{(result.Incremental ? " (only what the change touched)" : "")} ({written?.Written ?? 0} written, {written?.Removed ?? 0} removed) in {result.Elapsed.TotalMilliseconds:0} ms."));
                _servedOnce = true;
                _events.Reload();
            }
            else
            {
                log.WriteLine(_servedOnce
                    ? $"Build failed: {DiagnosticPrinter.Count(result.Diagnostics)}. Still serving the last good version."
                    : $"Build failed: {DiagnosticPrinter.Count(result.Diagnostics)}. There is nothing to serve until the site builds: fix the problems above and save.");
                var text = new StringWriter();
                DiagnosticPrinter.Print(result.Diagnostics, text);
                _events.Error(text.ToString().TrimEnd());
            }
        }
        catch (Exception e)
        {
            // An internal error must not stop the server: report it like the other commands do, keep serving.
            var text = new StringWriter();
            InternalError.Report(e, text);
            log.Write(text.ToString());
            _events.Error(text.ToString().TrimEnd());
        }
        finally
        {
            Interlocked.Increment(ref _builds);
            log.Flush();
        }
    }

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var response = context.Response;
        response.Headers.CacheControl = "no-store";

        // No page of another site may read or embed what is served here; there is no CORS header on purpose.
        response.Headers["Cross-Origin-Resource-Policy"] = "same-origin";
        response.Headers.XContentTypeOptions = "nosniff";
        if (!_hosts.Allows(request.Headers.Host.ToString()))
        {
            await PlainText(context, StatusCodes.Status421MisdirectedRequest,
                "Misdirected request: arshjul serve only answers requests for this computer (localhost, 127.0.0.1, [::1] or the address given with --host), not for another name.\n");
            return;
        }

        var path = request.Path.Value is { Length: > 0 } p ? p : "/";
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            response.Headers.Allow = "GET, HEAD";
            return;
        }

        if (path == LiveReloadScript.EventsPath)
        {
            // A browser names the page that opens the stream when it is on another site: only this server's own pages may.
            if (request.Headers.Origin is { Count: > 0 } origin && !_hosts.AllowsOrigin(origin.ToString()))
            {
                await PlainText(context, StatusCodes.Status403Forbidden, "Forbidden: the build events are only for pages served from here.\n");
                return;
            }

            response.ContentType = "text/event-stream";
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _stopping.Token);
            await _events.StreamAsync(response.Body, response.Body.FlushAsync, linked.Token);
            return;
        }

        var raw = context.Features.Get<IHttpRequestFeature>()?.RawTarget;
        var file = OutputPathResolver.Resolve(OutputFolder, path, raw);
        if (file is not null && File.Exists(file))
        {
            try
            {
                await SendFile(context, file, StatusCodes.Status200OK);
                return;
            }
            catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
            {
                // Removed by a rebuild between the check and the read: it is gone now.
            }
        }

        // "/sv/events" without the slash: redirect, so the page's relative links resolve.
        if (file is not null && Directory.Exists(file) && File.Exists(Path.Combine(file, "index.html")))
        {
            response.StatusCode = StatusCodes.Status301MovedPermanently;
            response.Headers.Location = FolderLocation(request);
            return;
        }

        await NotFound(context, file is null ? null : path);
    }

    /// <summary>
    /// The folder's address with the slash: a path on this server, always starting with exactly one '/'
    /// ("//sv" → "/sv/"), since "//host/" or "/\host/" in a Location sends the browser to another host.
    /// </summary>
    private static string FolderLocation(HttpRequest request) =>
        "/" + request.Path.ToUriComponent().TrimStart('/', '\\') + "/" + request.QueryString.ToUriComponent();

    private static async Task PlainText(HttpContext context, int status, string text)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/plain; charset=utf-8";
        if (!HttpMethods.IsHead(context.Request.Method)) await context.Response.WriteAsync(text);
    }

    /// <summary>The language's 404 page for /&lt;lang&gt;/…, else the root one; a built-in page while the site has never built.</summary>
    private async Task NotFound(HttpContext context, string? safePath)
    {
        var segment = safePath?.TrimStart('/').Split('/')[0];
        var candidates = new List<string>();
        if (segment is { Length: > 0 } && !segment.Contains('.')) candidates.Add(Path.Combine(OutputFolder, segment, "404.html"));
        candidates.Add(Path.Combine(OutputFolder, "404.html"));
        var page = candidates.FirstOrDefault(File.Exists);
        if (page is not null)
        {
            await SendFile(context, page, StatusCodes.Status404NotFound);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status404NotFound;
        context.Response.ContentType = ContentTypes.For("404.html");
        var note = _events.LastError is null ? "Nothing is published at this address." : "The site could not be built; the problems are listed in the terminal.";
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await context.Response.WriteAsync(
                $"<!doctype html><html lang=\"en\"><meta charset=\"utf-8\"><title>Not found</title><body><h1>Not found</h1><p>{note}</p>{LiveReloadScript.Snippet}</body></html>");
        }
    }

    private static async Task SendFile(HttpContext context, string file, int status)
    {
        var bytes = await File.ReadAllBytesAsync(file, context.RequestAborted);
        context.Response.StatusCode = status;
        context.Response.ContentType = ContentTypes.For(file);
        context.Response.ContentLength = bytes.Length;
        if (!HttpMethods.IsHead(context.Request.Method)) await context.Response.Body.WriteAsync(bytes, context.RequestAborted);
    }

    /// <summary>The caller starts and stops the server (Ctrl+C is handled by the command), so no console lifetime.</summary>
    private sealed class CallerOwnedLifetime : IHostLifetime
    {
        public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
