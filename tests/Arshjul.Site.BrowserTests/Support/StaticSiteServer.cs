using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Arshjul.Site.BrowserTests.Support;

/// <summary>
/// A minimal static host for a built site, like the ones it is published on: a folder serves its
/// index.html (a folder without a trailing slash is redirected to it), an unknown path gets the
/// language's 404.html (the first path segment, else the root 404.html) with status 404, and .ics
/// files are text/calendar. Listens on 127.0.0.1 on a free port.
/// </summary>
public sealed class StaticSiteServer : IAsyncDisposable
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = CreateContentTypes();
    private readonly WebApplication _app;

    private StaticSiteServer(WebApplication app, string root, Uri baseAddress)
    {
        _app = app;
        Root = root;
        BaseAddress = baseAddress;
    }

    public string Root { get; }

    /// <summary>http://127.0.0.1:port/</summary>
    public Uri BaseAddress { get; }

    public Uri Url(string path) => new(BaseAddress, path.TrimStart('/'));

    public static async Task<StaticSiteServer> StartAsync(string root)
    {
        root = Path.GetFullPath(root);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = root, EnvironmentName = "Production" });
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        app.Run(context => Serve(context, root));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new StaticSiteServer(app, root, new Uri(address.TrimEnd('/') + "/"));
    }

    private static async Task Serve(HttpContext context, string root)
    {
        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
        {
            context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            return;
        }

        var requestPath = context.Request.Path.Value ?? "/";
        var file = MapToFile(root, requestPath, out var isFolderWithoutSlash);
        if (isFolderWithoutSlash)
        {
            context.Response.StatusCode = StatusCodes.Status301MovedPermanently;
            context.Response.Headers.Location = requestPath + "/" + context.Request.QueryString;
            return;
        }

        var status = StatusCodes.Status200OK;
        if (file is null)
        {
            status = StatusCodes.Status404NotFound;
            file = NotFoundPage(root, requestPath);
            if (file is null)
            {
                context.Response.StatusCode = status;
                return;
            }
        }

        context.Response.StatusCode = status;
        context.Response.ContentType = ContentTypeOf(file);
        context.Response.Headers.CacheControl = "no-store";
        context.Response.ContentLength = new FileInfo(file).Length;
        if (HttpMethods.IsHead(context.Request.Method)) return;
        await context.Response.SendFileAsync(file);
    }

    /// <summary>The file a URL path names, or null; never a file outside <paramref name="root"/>.</summary>
    private static string? MapToFile(string root, string requestPath, out bool isFolderWithoutSlash)
    {
        isFolderWithoutSlash = false;
        var segments = requestPath.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(WebUtility.UrlDecode).ToList();
        if (segments.Any(s => s is null || s is "." or ".." || s.Contains('\\') || s.Contains('\0'))) return null;
        var full = Path.GetFullPath(Path.Combine([root, .. segments!]));
        if (!full.StartsWith(root, StringComparison.Ordinal)) return null;
        if (Directory.Exists(full))
        {
            if (!requestPath.EndsWith('/'))
            {
                isFolderWithoutSlash = true;
                return null;
            }

            full = Path.Combine(full, "index.html");
        }

        return File.Exists(full) ? full : null;
    }

    private static string? NotFoundPage(string root, string requestPath)
    {
        var first = requestPath.Split('/', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        if (first is not null && !first.Contains("..") && File.Exists(Path.Combine(root, first, "404.html"))) return Path.Combine(root, first, "404.html");
        var rootPage = Path.Combine(root, "404.html");
        return File.Exists(rootPage) ? rootPage : null;
    }

    public static string ContentTypeOf(string file)
    {
        if (!ContentTypes.TryGetContentType(file, out var type)) type = "application/octet-stream";
        return type.StartsWith("text/", StringComparison.Ordinal) || type is "application/javascript" or "application/json" or "image/svg+xml" or "application/atom+xml" or "application/xml"
            ? type + "; charset=utf-8"
            : type;
    }

    private static FileExtensionContentTypeProvider CreateContentTypes()
    {
        var provider = new FileExtensionContentTypeProvider();
        provider.Mappings[".ics"] = "text/calendar";
        provider.Mappings[".xml"] = "application/xml";
        provider.Mappings[".webmanifest"] = "application/manifest+json";
        return provider;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
