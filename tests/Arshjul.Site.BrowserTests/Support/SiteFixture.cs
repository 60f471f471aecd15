using System.Diagnostics;
using Arshjul.Site.Build;
using Microsoft.Playwright;

namespace Arshjul.Site.BrowserTests.Support;

/// <summary>
/// One per test run, shared by every test class of the "Site" collection: the example site built
/// in-process into a temporary folder, a static server over it, and one Chromium with a reusable
/// context per viewport. A failed build fails every test with the build's diagnostics; a missing
/// Chromium fails the browser tests (and only them) with how to install it.
/// </summary>
public sealed class SiteFixture : IAsyncLifetime
{
    public static readonly DateTimeOffset Now = DateTimeOffset.Parse("2024-02-01T12:00:00Z", System.Globalization.CultureInfo.InvariantCulture);

    public static readonly string[] Languages = ["sv", "nb", "en"];

    public static readonly Viewport Mobile = new("mobile", 390, 844);

    public static readonly Viewport Desktop = new("desktop", 1280, 800);

    /// <summary>The same widths with JavaScript off: what a reader without scripts (or before they load) gets.</summary>
    public static readonly Viewport MobileNoScript = Mobile with { Name = "mobile-nojs", JavaScript = false };

    public static readonly Viewport DesktopNoScript = Desktop with { Name = "desktop-nojs", JavaScript = false };

    public static readonly IReadOnlyList<Viewport> Viewports = [Mobile, Desktop, MobileNoScript, DesktopNoScript];

    /// <summary>Every viewport by name: both widths, with JavaScript on and off.</summary>
    public static TheoryData<string> EveryViewport => new(Viewports.Select(v => v.Name));

    /// <summary>The desktop viewport with JavaScript on and off, by name, for the theories of checks that run in both.</summary>
    public static TheoryData<string> DesktopWithAndWithoutScripts => new() { Desktop.Name, DesktopNoScript.Name };

    /// <summary>The phone viewport with JavaScript on and off, by name.</summary>
    public static TheoryData<string> MobileWithAndWithoutScripts => new() { Mobile.Name, MobileNoScript.Name };

    /// <summary>A viewport by its name, for theories (whose data must be plain strings).</summary>
    public static Viewport ViewportNamed(string name) => Viewports.Single(v => v.Name == name);

    private readonly Dictionary<string, IBrowserContext> _contexts = [];
    private readonly List<string> _offsite = [];
    private readonly SemaphoreSlim _contextLock = new(1, 1);
    private Exception? _browserProblem;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public string OutputDir { get; } = Path.Combine(Path.GetTempPath(), "arshjul-browser-" + Guid.NewGuid().ToString("N"));

    public BuildResult Build { get; private set; } = null!;

    public StaticSiteServer Server { get; private set; } = null!;

    public TimeSpan BuildTime { get; private set; }

    /// <summary>The single browser of the run; throws the reason when it could not be started.</summary>
    public IBrowser Browser => _browser ?? throw (_browserProblem is PrerequisiteMissingException missing
        ? new PrerequisiteMissingException(missing.Message)
        : new InvalidOperationException("Chromium could not be started: " + _browserProblem?.Message, _browserProblem));

    public async Task InitializeAsync()
    {
        var clock = Stopwatch.StartNew();
        Build = SiteBuilder.Build(new BuildRequest { Source = RepoRoot.Path, Output = OutputDir, Now = Now });
        BuildTime = clock.Elapsed;
        if (!Build.Succeeded)
        {
            throw new InvalidOperationException(
                $"The example site at {RepoRoot.Path} does not build:\n" + string.Join("\n", Build.Diagnostics.Select(d => d.ToString())));
        }

        Server = await StaticSiteServer.StartAsync(OutputDir);
        try
        {
            Tools.RequireChromium();
            _playwright = await Playwright.CreateAsync();
            _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = Tools.ChromiumPath,
                Headless = true,
                Args = Tools.ChromiumArgs,
                Timeout = 60_000,
            });
        }
        catch (Exception e)
        {
            _browserProblem = e;
        }
    }

    /// <summary>The context of a viewport, created once and reused by every test (pages are opened and closed per check).</summary>
    public async Task<IBrowserContext> ContextAsync(Viewport viewport)
    {
        await _contextLock.WaitAsync();
        try
        {
            if (_contexts.TryGetValue(viewport.Name, out var existing)) return existing;
            var context = await Browser.NewContextAsync(new BrowserNewContextOptions
            {
                BaseURL = Server.BaseAddress.ToString(),
                ViewportSize = new ViewportSize { Width = viewport.Width, Height = viewport.Height },
                JavaScriptEnabled = viewport.JavaScript,
                AcceptDownloads = true,
                Locale = "sv-SE",
                TimezoneId = "Europe/Stockholm",
                ServiceWorkers = ServiceWorkerPolicy.Block,
            });
            context.SetDefaultTimeout(15_000);
            context.SetDefaultNavigationTimeout(15_000);
            // Every request of every shared context is looked at (an event, not a route: no cost to the pages).
            WatchOffsite(context, Server.BaseAddress, viewport.Name, _offsite);
            _contexts[viewport.Name] = context;
            return context;
        }
        finally
        {
            _contextLock.Release();
        }
    }

    /// <summary>
    /// axe on a page opened in <paramref name="viewport"/>'s context: in the page itself with JavaScript on, and with it
    /// off on a script-less copy in a scripts-on context of the same width (<see cref="Axe.RunOnScriptlessCopyAsync"/>).
    /// </summary>
    public async Task<AxeResult> AxeAsync(IPage page, Viewport viewport, params string[] tags) =>
        viewport.JavaScript
            ? await Axe.RunAsync(page, tags)
            : await Axe.RunOnScriptlessCopyAsync(page, await ContextAsync(viewport with { Name = viewport.Name + "-axe", JavaScript = true }), tags);

    /// <summary>Adds to <paramref name="offsite"/> every request of <paramref name="context"/> to anywhere but <paramref name="origin"/> (data: and blob: URLs stay in the page).</summary>
    public static void WatchOffsite(IBrowserContext context, Uri origin, string label, List<string> offsite)
    {
        var prefix = origin.GetLeftPart(UriPartial.Authority) + "/";
        context.Request += (_, request) =>
        {
            if (request.Url.StartsWith(prefix, StringComparison.Ordinal) || request.Url.StartsWith("data:", StringComparison.Ordinal) || request.Url.StartsWith("blob:", StringComparison.Ordinal)) return;
            lock (offsite) offsite.Add($"{request.Url} ({label}, from {request.Frame.Url})");
        };
    }

    /// <summary>Every request a shared context made to anywhere but the static server so far ("url (viewport, from page)").</summary>
    public IReadOnlyList<string> OffsiteRequests
    {
        get
        {
            lock (_offsite) return [.. _offsite];
        }
    }

    public async Task DisposeAsync()
    {
        foreach (var context in _contexts.Values)
        {
            await context.CloseAsync();
        }

        if (_browser is not null) await _browser.CloseAsync();
        _playwright?.Dispose();
        if (Server is not null) await Server.DisposeAsync();
        try
        {
            Directory.Delete(OutputDir, recursive: true);
        }
        catch (IOException)
        {
            // Leaving a temp folder behind must not fail the run.
        }
    }
}

/// <summary>A browser width and whether JavaScript runs; the shared context of each is keyed by <see cref="Name"/>.</summary>
public sealed record Viewport(string Name, int Width, int Height, bool JavaScript = true);

[CollectionDefinition(Name)]
public sealed class SiteCollection : ICollectionFixture<SiteFixture>
{
    public const string Name = "Built example site in Chromium";
}
