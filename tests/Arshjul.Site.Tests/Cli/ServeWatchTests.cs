using System.Diagnostics;
using System.Text;
using Arshjul.Cli.Serve;
using Arshjul.Site.Build;
using Arshjul.Site.Tests.Support;

namespace Arshjul.Site.Tests.Cli;

/// <summary>
/// Saves as editors make them, while serving: each must end with the served page equal to a fresh
/// full build of what is on disk, soon after the last write (the target is 2 s; see Settled). Every scenario runs many times in
/// one test, so a race shows as a failure rather than as a rare flake.
/// </summary>
[Collection(nameof(ServeWatchCollection))]
public sealed class ServeWatchTests : IAsyncLifetime
{
    private const string PagePath = "sv/events/varmote/index.html";
    // The target (issue 12). Neither the 30 ms debounce nor the cache's one-second rule for young files
    // delays a page (that rule only decides whether a parse is kept). What costs time is the rebuild itself,
    // on two cores shared with this test's own fresh build: a save read half-written fails its build, and
    // the build after a failure is a full one. 20 runs of this class on a 2-core machine shared with three
    // other builds: 1,060 saves, mean 0.37 s, slowest 1.6 s. An earlier CI run beside the browser tests saw
    // one save in ~100 take 2.0-2.8 s; if that comes back, the machine is too busy for the target, not the server too slow.
    private static readonly TimeSpan Settled = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private readonly TestSite _site = CliSites.Valid();
    private readonly StringWriter _logText = new();
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(10) };
    private DevServer _server = null!;
    private Uri _address = null!;
    private string _original = null!;

    private string EventFile => Path.Combine(_site.Root, CliSites.EventPath);

    public async Task InitializeAsync()
    {
        _original = File.ReadAllText(EventFile);
        _server = new DevServer(new DevServerOptions { Source = _site.Root, Port = 0, Log = TextWriter.Synchronized(_logText), Parallelism = 2 });
        _address = await _server.StartAsync(CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _http.Dispose();
        _site.Dispose();
    }

    [Fact]
    public async Task InPlaceWrite_TruncateThenWriteInParts_EndsWithTheFinalContent()
    {
        // Pauses shorter and longer than the debounce, so some builds read an empty or half-written file.
        int[] pauses = [0, 30, 90, 160, 260];
        for (var run = 0; run < 20; run++)
        {
            var bytes = Encoding.UTF8.GetBytes(EventText($"På plats {run:00}"));
            var pause = pauses[run % pauses.Length];
            await using (var stream = new FileStream(EventFile, FileMode.Truncate, FileAccess.Write, FileShare.ReadWrite))
            {
                await stream.FlushAsync();
                await Task.Delay(pause);
                await stream.WriteAsync(bytes.AsMemory(0, bytes.Length / 2));
                await stream.FlushAsync();
                await Task.Delay(pause);
                await stream.WriteAsync(bytes.AsMemory(bytes.Length / 2));
            }

            await AssertServedAsFreshBuild($"in-place run {run} (pause {pause} ms)");
        }
    }

    [Fact]
    public async Task RenameOver_EndsWithTheFinalContent()
    {
        var folder = Path.GetDirectoryName(EventFile)!;
        for (var run = 0; run < 20; run++)
        {
            // As editors do: the new text goes to a hidden file beside the old one, which is then renamed over it.
            var temporary = Path.Combine(folder, $".index.sv.md.{run}.tmp");
            await File.WriteAllTextAsync(temporary, EventText($"Flyttad {run:00}"));
            File.Move(temporary, EventFile, overwrite: true);

            await AssertServedAsFreshBuild($"rename-over run {run}");
        }
    }

    [Fact]
    public async Task DeleteThenCreate_EndsWithTheFinalContent()
    {
        for (var run = 0; run < 10; run++)
        {
            File.Delete(EventFile);
            await Task.Delay(run % 2 == 0 ? 20 : 200);
            await File.WriteAllTextAsync(EventFile, EventText($"Ny fil {run:00}"));

            await AssertServedAsFreshBuild($"delete-then-create run {run}");
        }
    }

    [Fact]
    public async Task FiftyRapidSaves_EndWithTheLastContent()
    {
        for (var run = 0; run < 3; run++)
        {
            // Titles of one length: saves within one tick of the file system's clock differ in nothing but content.
            for (var save = 0; save < 50; save++)
            {
                await File.WriteAllTextAsync(EventFile, EventText($"Snabb {run}-{save:00}"));
            }

            await AssertServedAsFreshBuild($"rapid saves run {run}");
        }
    }

    [Fact]
    public async Task ASwapFileAlone_StartsNoBuild_AndASaveBesideIt_IsServed()
    {
        var swap = Path.Combine(Path.GetDirectoryName(EventFile)!, ".index.sv.md.swp");
        await AssertServedAsFreshBuild("the first build");
        var before = _logText.ToString().Length;

        // vim rewrites its swap file every few seconds while one types; the loader skips it.
        for (var write = 0; write < 3; write++)
        {
            await File.WriteAllTextAsync(swap, $"swap {write}");
            await Task.Delay(300);
        }

        Assert.DoesNotContain("rebuilding", _logText.ToString()[before..], StringComparison.Ordinal);

        await File.WriteAllTextAsync(swap, "swap 3");
        await File.WriteAllTextAsync(EventFile, EventText("Sparad bredvid"));
        await AssertServedAsFreshBuild("a save beside the swap file");
        Assert.Contains("rebuilding", _logText.ToString()[before..], StringComparison.Ordinal);
    }

    private string EventText(string title) => _original.Replace("title: Vårmötet", "title: " + title, StringComparison.Ordinal);

    /// <summary>
    /// Polls the served page until it equals (live-reload script aside) a full build of the site as it is now
    /// on disk, and asserts that it got there within <see cref="Settled"/> of the last write.
    /// </summary>
    private async Task AssertServedAsFreshBuild(string scenario)
    {
        var clock = Stopwatch.StartNew();
        var expected = Task.Run(FreshBuild);
        var changes = new List<(TimeSpan At, string Page)>();
        while (clock.Elapsed < Patience)
        {
            // While the file is gone the event is, too, and its page with it: that shows as a 404 for a moment.
            using var response = await _http.GetAsync(new Uri(_address, PagePath));
            var page = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync());
            var served = response.IsSuccessStatusCode ? page.Replace(LiveReloadScript.Snippet, "", StringComparison.Ordinal) : $"({(int)response.StatusCode})";
            Assert.True(!response.IsSuccessStatusCode || served.Length < page.Length, "The served page should have the live-reload script.");
            if (changes.Count == 0 || changes[^1].Page != served) changes.Add((clock.Elapsed, served));
            if (expected.IsCompleted && served == await expected) break;
            await Task.Delay(20);
        }

        var (at, last) = changes[^1];
        Assert.True(last == await expected,
            $"{scenario}: not served within {Patience.TotalSeconds} s. Expected:\n{await expected}\nServed:\n{last}\nLog:\n{_logText}");
        Assert.True(at <= Settled, $"{scenario}: served {at.TotalMilliseconds:0} ms after the last write, more than {Settled.TotalSeconds} s. Log:\n{_logText}");
    }

    /// <summary>The page as `build` writes it from the files on disk now, with the server's base URL.</summary>
    private string FreshBuild()
    {
        var output = Path.Combine(Path.GetTempPath(), "arshjul-fresh-" + Guid.NewGuid().ToString("N"));
        try
        {
            var result = SiteBuilder.Build(new BuildRequest { Source = _site.Root, Output = output, BaseUrl = _address.AbsoluteUri, Parallelism = 1 });
            Assert.True(result.Succeeded, "The fresh build failed:\n" + string.Join("\n", result.Diagnostics));
            return File.ReadAllText(Path.Combine(output, PagePath.Replace('/', Path.DirectorySeparatorChar)), Encoding.UTF8);
        }
        finally
        {
            if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
        }
    }
}
