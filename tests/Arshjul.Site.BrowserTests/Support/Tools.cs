using System.Diagnostics;

namespace Arshjul.Site.BrowserTests.Support;

/// <summary>
/// The external tools the quality gates need. A missing tool fails the test that needs it with a message
/// saying how to get it (./test.sh installs all of them); a gate is never skipped.
/// </summary>
public static class Tools
{
    public const string ChromiumPath = "/usr/bin/chromium";

    /// <summary>The Chromium flags of docs/testing.md; Playwright adds headless and manages the profile itself.</summary>
    public static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    public static string AxeScript => RepoRoot.Combine("node_modules", "axe-core", "axe.min.js");

    public static string VnuJar => RepoRoot.Combine("node_modules", "vnu-jar", "build", "dist", "vnu.jar");

    public static string IcalCheck => RepoRoot.Combine("tests", "tools", "ical-check.mjs");

    public static string IcalJs => RepoRoot.Combine("node_modules", "ical.js", "package.json");

    public static void RequireChromium() =>
        Require(File.Exists(ChromiumPath), $"Chromium is missing: {ChromiumPath} does not exist. Install it with `apt-get install chromium` (./test.sh does this); never `playwright install`.");

    public static void RequireAxe() =>
        Require(File.Exists(AxeScript), $"axe-core is missing: {AxeScript} does not exist. Run `npm ci --ignore-scripts` in {RepoRoot.Path} (./test.sh does this).");

    public static void RequireVnu()
    {
        Require(File.Exists(VnuJar), $"The Nu Html Checker is missing: {VnuJar} does not exist. Run `npm ci --ignore-scripts` in {RepoRoot.Path} (./test.sh does this).");
        Require(OnPath("java"), "Java is missing: no `java` on PATH, needed for the Nu Html Checker. Install it with `apt-get install default-jre-headless` (./test.sh does this).");
    }

    public static void RequireIcalCheck()
    {
        Require(OnPath("node"), "Node.js is missing: no `node` on PATH, needed for tests/tools/ical-check.mjs. Install it with `apt-get install nodejs` (./test.sh does this).");
        Require(File.Exists(IcalCheck), $"{IcalCheck} is missing.");
        Require(File.Exists(IcalJs), $"ical.js is missing: {IcalJs} does not exist. Run `npm ci --ignore-scripts` in {RepoRoot.Path} (./test.sh does this).");
    }

    /// <summary>poppler-utils (pdfinfo, pdftotext, pdftoppm) and zbar-tools (zbarimg), for the printed programme's pages and QR codes.</summary>
    public static void RequirePdfTools()
    {
        foreach (var program in new[] { "pdfinfo", "pdftotext", "pdftoppm" })
        {
            Require(OnPath(program), $"{program} is missing: install Debian's poppler-utils with `apt-get install poppler-utils` (./test.sh does this).");
        }

        Require(OnPath("zbarimg"), "zbarimg is missing: install Debian's zbar-tools with `apt-get install zbar-tools` (./test.sh does this).");
    }

    private static void Require(bool condition, string message)
    {
        if (!condition) throw new PrerequisiteMissingException(message);
    }

    public static bool OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(dir => File.Exists(System.IO.Path.Combine(dir, program)));

    /// <summary>Runs a program to the end and returns its exit code, stdout and stderr.</summary>
    public static async Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(string program, IEnumerable<string> args, string? workingDirectory = null, TimeSpan? timeout = null)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? RepoRoot.Path,
        };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', start.ArgumentList)} did not finish within {timeout ?? TimeSpan.FromMinutes(2)}.");
        }

        return (process.ExitCode, await stdout, await stderr);
    }
}

public sealed class PrerequisiteMissingException(string message) : Exception(message);
