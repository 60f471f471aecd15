using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Arshjul.Site.Bench.Generation;

namespace Arshjul.Site.Bench.Runs;

/// <summary>What one size's serve test measured for one kind of edit.</summary>
/// <param name="Edit">What the edits changed: "title" (a text edit, which the server patches into its kept model) or "title and duration" (which it builds from the files).</param>
/// <param name="EditToVisible">Per edit: from saving the file until the item's page shows the new title and its .ics has it too.</param>
/// <param name="RebuildMs">Per edit: the rebuild time the server logs.</param>
/// <param name="PagesRendered">Per edit: the pages the rebuild rendered (the server logs "Built N pages").</param>
/// <param name="FilesWritten">Per edit: the files whose bytes changed (the server logs "W written").</param>
/// <param name="FilesTouched">Per edit: output files whose modification time is after the edit (a check on the log).</param>
public sealed record ServeResult(
    string Edit,
    IReadOnlyList<double> EditToVisible,
    IReadOnlyList<double> RebuildMs,
    IReadOnlyList<int> PagesRendered,
    IReadOnlyList<int> FilesWritten,
    IReadOnlyList<int> FilesTouched,
    double InitialBuildMs,
    int Failures);

/// <summary>
/// Starts `arshjul serve` on a generated site, then edits one session file's title again and again
/// and waits for the item's page and calendar to show it; then as many times its title and its duration
/// (one minute shorter and back, so nothing comes to overlap), which is not a text edit and builds from the files.
/// The server builds into $TMPDIR/arshjul-serve-*, so TMPDIR is pointed at a folder of our own to find it.
/// </summary>
public sealed partial class ServeBench(string arshjulDll, TextWriter log)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);

    /// <returns>The text edits' result, then the timing edits'.</returns>
    public IReadOnlyList<ServeResult> Run(GeneratedSite site, string work, int edits)
    {
        var target = site.Edit ?? throw new InvalidOperationException("The generated site has no session file to edit.");
        var tmp = Path.Combine(work, "serve-tmp");
        if (Directory.Exists(tmp)) Directory.Delete(tmp, recursive: true);
        Directory.CreateDirectory(tmp);
        var original = File.ReadAllText(target.File);

        var lines = new BlockingCollection<string>();
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { arshjulDll, "serve", "--source", site.Root, "--port", "0" }) info.ArgumentList.Add(a);
        info.Environment["TMPDIR"] = tmp;
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lines.Add("out: " + e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lines.Add("err: " + e.Data); };
        var startClock = Stopwatch.StartNew();
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            var builds = new List<(double Ms, int Pages, int Written)>();
            WaitFor(lines, process, l => l.StartsWith("out: Serving ", StringComparison.Ordinal), builds, TimeSpan.FromMinutes(15));
            log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  serve: up after {startClock.Elapsed.TotalSeconds:0.0} s"));
            // The server builds one level down in its private folder (DevServer.OutputFolder: arshjul-serve-*/site).
            var output = Directory.GetDirectories(tmp, "arshjul-serve-*").Select(d => Path.Combine(d, "site")).SingleOrDefault(Directory.Exists)
                ?? throw new InvalidOperationException($"arshjul serve wrote no arshjul-serve-*/site folder under TMPDIR={tmp}; where does it build now? (see ServeCommand/DevServer)");
            var page = Path.Combine(output, target.PagePath);
            var calendar = Path.Combine(output, target.CalendarPath);
            if (!File.Exists(page) || !File.Exists(calendar)) throw new InvalidOperationException($"serve did not publish {target.PagePath} and {target.CalendarPath}.");
            var initial = builds.Count > 0 ? builds[^1].Ms : double.NaN;

            var results = new List<ServeResult>();
            foreach (var retime in new[] { false, true })
            {
                if (retime && !original.Contains("duration: 45m", StringComparison.Ordinal)) throw new InvalidOperationException($"{target.File} has no 'duration: 45m' to change.");
                results.Add(Edits(retime ? "title and duration" : "title", retime));
            }

            return results;

            ServeResult Edits(string kind, bool retime)
            {
                var visible = new List<double>();
                var rebuild = new List<double>();
                var rendered = new List<int>();
                var written = new List<int>();
                var touched = new List<int>();
                var failures = 0;
                for (var n = 1; n <= edits; n++)
                {
                    // Let the file system settle so this edit's modification times stand apart from the last.
                    Thread.Sleep(250);
                    Drain(lines);
                    var title = $"{target.Title} v{n}{(retime ? " t" : "")}";
                    var since = DateTime.UtcNow;
                    builds.Clear();
                    var clock = Stopwatch.StartNew();
                    var edited = original.Replace($"title: \"{target.Title}\"", $"title: \"{title}\"", StringComparison.Ordinal);
                    if (retime && n % 2 == 1) edited = edited.Replace("duration: 45m", "duration: 44m", StringComparison.Ordinal);
                    File.WriteAllText(target.File, edited);
                    var shown = WaitUntilVisible(page, calendar, title, clock);
                    var shownMs = clock.Elapsed.TotalMilliseconds;
                    if (shown)
                    {
                        visible.Add(shownMs);
                    }
                    else
                    {
                        failures++;
                        log.WriteLine($"  serve: edit {n} did not show within {Timeout.TotalSeconds} s");
                    }

                    // The page is visible before the writer has finished the rest: wait for the log line.
                    WaitFor(lines, process, _ => builds.Count > 0, builds, Timeout);
                    var (ms, pages, count) = builds[^1];
                    rebuild.Add(ms);
                    rendered.Add(pages);
                    written.Add(count);
                    touched.Add(OutputStats.ModifiedSince(output, since));
                    log.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"  serve: {kind} edit {n}: {(shown ? $"visible after {shownMs:0} ms" : "not visible")}; rebuild {ms:0} ms, {pages} pages rendered, {count} files written, {touched[^1]} touched"));
                }

                return new ServeResult(kind, visible, rebuild, rendered, written, touched, initial, failures);
            }
        }
        finally
        {
            File.WriteAllText(target.File, original);
            Stop(process);
            try
            {
                Directory.Delete(tmp, recursive: true);
            }
            catch (IOException)
            {
                // The server may still be removing its own folder.
            }
        }
    }

    private static bool WaitUntilVisible(string page, string calendar, string title, Stopwatch clock)
    {
        var encoded = WebUtility.HtmlEncode(title);
        while (clock.Elapsed < Timeout)
        {
            if (Contains(page, title, encoded, unfold: false) && Contains(calendar, title, title, unfold: true)) return true;
            Thread.Sleep(2);
        }

        return false;
    }

    private static bool Contains(string file, string text, string encoded, bool unfold)
    {
        try
        {
            var content = File.ReadAllText(file);

            // iCalendar folds lines at 75 octets with CRLF + space.
            if (unfold) content = content.Replace("\r\n ", "", StringComparison.Ordinal);
            return content.Contains(text, StringComparison.Ordinal) || content.Contains(encoded, StringComparison.Ordinal);
        }
        catch (IOException)
        {
            return false;
        }
    }

    /// <summary>Reads log lines until <paramref name="done"/>; every "Built N pages (W written…) in X ms." on the way is kept.</summary>
    private void WaitFor(BlockingCollection<string> lines, Process process, Func<string, bool> done, List<(double, int, int)> builds, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            if (!lines.TryTake(out var line, 200))
            {
                if (process.HasExited) throw new InvalidOperationException($"arshjul serve exited with {process.ExitCode}.");
                if (done("")) return;
                continue;
            }

            if (BuiltPattern().Match(line) is { Success: true } m)
            {
                builds.Add((double.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture)));
            }
            else if (line.Contains("error", StringComparison.OrdinalIgnoreCase) || line.Contains("failed", StringComparison.OrdinalIgnoreCase))
            {
                log.WriteLine("  serve: " + line);
            }

            if (done(line)) return;
        }

        throw new TimeoutException($"arshjul serve: nothing expected within {timeout.TotalSeconds} s.");
    }

    /// <summary>Log lines left from the last edit (a save can cause a second rebuild) must not count for the next.</summary>
    private static void Drain(BlockingCollection<string> lines)
    {
        while (lines.TryTake(out _))
        {
        }
    }

    /// <summary>SIGTERM, so the server removes its folder, as Ctrl+C would; killed if it does not stop.</summary>
    private static void Stop(Process process)
    {
        if (process.HasExited) return;
        try
        {
            using var kill = Process.Start("kill", ["-TERM", process.Id.ToString(CultureInfo.InvariantCulture)]);
            kill.WaitForExit();
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // No kill(1): stop it the hard way below.
        }

        if (!process.WaitForExit(10_000)) process.Kill(entireProcessTree: true);
    }

    [GeneratedRegex(@"Built (\d+) pages(?: \([^)]*\))? \((\d+) written.*? in (\d+(?:\.\d+)?) ms")]
    private static partial Regex BuiltPattern();
}
