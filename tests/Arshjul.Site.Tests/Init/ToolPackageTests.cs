using System.Diagnostics;
using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;
using Arshjul.Site.Tests.Support;

namespace Arshjul.Site.Tests.Init;

/// <summary>
/// The tool as users get it: packed as .NET tool packages (one per platform, compiled ahead of time, and a portable
/// one), installed from a local package feed into a tool folder of its own, then `arshjul --version`, `init` and
/// `build --check-links` with the installed command.
/// </summary>
public sealed class ToolPackageTests : IDisposable
{
    private readonly EmptyFolder _work = new();

    public void Dispose() => _work.Dispose();

    [Fact]
    public async Task PackedTool_InstallsFromALocalFeed_AsThisPlatformsReadyToRunPackage_AndMakesASiteThatBuilds()
    {
        var feed = _work.PathOf("feed");
        var tools = _work.PathOf("tools");
        var project = Path.Combine(RepoPaths.Root, "src", "Arshjul.Cli", "Arshjul.Cli.csproj");
        var platform = PortablePlatform();

        // Packing builds and publishes for each platform: into a folder of its own, so the tool the other tests run
        // is not rebuilt under them; this platform's package and the portable one are enough here (the full list
        // needs every platform's runtime packs).
        await Run("dotnet", ["pack", project, "-c", "Release", "--artifacts-path", _work.PathOf("artifacts"), "-o", feed],
            new() { ["ArshjulToolPlatforms"] = $"{platform};any" });
        var pointer = Assert.Single(Directory.GetFiles(feed, "Arshjul.*.nupkg"), p => char.IsDigit(Path.GetFileName(p)["Arshjul.".Length]));
        var version = Path.GetFileNameWithoutExtension(pointer)["Arshjul.".Length..];
        Assert.True(File.Exists(Path.Combine(feed, $"Arshjul.{platform}.{version}.nupkg")), $"No package for {platform} in the feed.");
        Assert.True(File.Exists(Path.Combine(feed, $"Arshjul.any.{version}.nupkg")), "No portable package in the feed.");

        // Only the local feed, and a package cache of its own: an older package of the same version in the machine's cache must not stand in.
        File.WriteAllText(_work.PathOf("nuget.config"),
            $"<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<configuration><packageSources><clear /><add key=\"local\" value=\"{feed}\" /></packageSources></configuration>\n");
        var isolated = new Dictionary<string, string> { ["NUGET_PACKAGES"] = _work.PathOf("packages") };
        await Run("dotnet", ["tool", "install", "Arshjul", "--tool-path", tools, "--configfile", _work.PathOf("nuget.config"), "--version", version], isolated);

        // Beside the pointer package, the platform's package was installed (not the portable one), and its code is
        // compiled ahead of time: what makes it start fast.
        var store = Path.Combine(tools, ".store", "arshjul", version);
        Assert.Equal(["arshjul", $"arshjul.{platform}"], Directory.GetDirectories(store).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        var installed = Path.Combine(store, $"arshjul.{platform}");
        foreach (var assembly in new[] { "arshjul.dll", "Arshjul.Site.dll" })
        {
            var file = Assert.Single(Directory.GetFiles(installed, assembly, SearchOption.AllDirectories));
            Assert.True(IsReadyToRun(file), $"{file} holds no code compiled ahead of time.");
        }

        var arshjul = Path.Combine(tools, OperatingSystem.IsWindows() ? "arshjul.exe" : "arshjul");
        var printed = await Run(arshjul, ["--version"], isolated);
        Assert.StartsWith(version, printed.Trim());
        var site = _work.PathOf("site");
        var init = await Run(arshjul, ["init", site, "--languages", "sv,en"], isolated);
        Assert.StartsWith("Created a new site in", init);
        var build = await Run(arshjul, ["build", "--source", site, "--check-links"], isolated);
        Assert.Contains("; 0 errors, 0 warnings.", build);
        Assert.True(File.Exists(Path.Combine(site, "public", "sv", "index.html")));
    }

    /// <summary>This machine's platform as tool packages name it (linux-x64, osx-arm64, win-x64, …), whatever distribution .NET came from.</summary>
    private static string PortablePlatform()
    {
        var os = OperatingSystem.IsWindows() ? "win" : OperatingSystem.IsMacOS() ? "osx" : "linux";
        return $"{os}-{RuntimeInformation.OSArchitecture.ToString().ToLowerInvariant()}";
    }

    /// <summary>A ReadyToRun image carries a managed native header beside its IL; an IL-only assembly has none.</summary>
    private static bool IsReadyToRun(string assembly)
    {
        using var stream = File.OpenRead(assembly);
        using var reader = new PEReader(stream);
        return reader.PEHeaders.CorHeader is { ManagedNativeHeaderDirectory.Size: > 0 };
    }

    /// <summary>Runs a program to its end; fails the test with everything it printed when it exits non-zero.</summary>
    private async Task<string> Run(string program, string[] args, Dictionary<string, string>? environment = null)
    {
        var info = new ProcessStartInfo(program, args)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = _work.Root,
        };
        foreach (var (name, value) in environment ?? []) info.Environment[name] = value;
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        using var child = Process.Start(info)!;
        child.StandardInput.Close();
        var stdout = child.StandardOutput.ReadToEndAsync();
        var stderr = child.StandardError.ReadToEndAsync();
        using var patience = new CancellationTokenSource(TimeSpan.FromMinutes(6));
        await child.WaitForExitAsync(patience.Token);
        var output = await stdout + await stderr;
        Assert.True(child.ExitCode == 0, $"{program} {string.Join(' ', args)} exited {child.ExitCode}:\n{output}");
        return output;
    }
}
