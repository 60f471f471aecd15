using System.Diagnostics;
using Arshjul.Site.Tests.Support;

namespace Arshjul.Site.Tests.Init;

/// <summary>
/// The tool as users get it: packed as a .NET tool, installed from a local package feed into a tool
/// folder of its own, then `arshjul --version`, `init` and `build --check-links` with the installed command.
/// </summary>
public sealed class ToolPackageTests : IDisposable
{
    private readonly EmptyFolder _work = new();

    public void Dispose() => _work.Dispose();

    [Fact]
    public async Task PackedTool_InstallsFromALocalFeed_AndMakesASiteThatBuilds()
    {
        var feed = _work.PathOf("feed");
        var tools = _work.PathOf("tools");
        var project = Path.Combine(RepoPaths.Root, "src", "Arshjul.Cli", "Arshjul.Cli.csproj");

        // The configuration the tests were built in, whose build of the tool is already there.
        var configuration = Path.GetFileName(Path.GetDirectoryName(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)))!;
        await Run("dotnet", ["pack", project, "-c", configuration, "--no-build", "-o", feed]);
        var package = Assert.Single(Directory.GetFiles(feed, "Arshjul.*.nupkg"));
        var version = Path.GetFileNameWithoutExtension(package)["Arshjul.".Length..];

        // Only the local feed, and a package cache of its own: an older package of the same version in the machine's cache must not stand in.
        File.WriteAllText(_work.PathOf("nuget.config"),
            $"<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<configuration><packageSources><clear /><add key=\"local\" value=\"{feed}\" /></packageSources></configuration>\n");
        await Run("dotnet", ["tool", "install", "Arshjul", "--tool-path", tools, "--configfile", _work.PathOf("nuget.config"), "--version", version]);

        var arshjul = Path.Combine(tools, OperatingSystem.IsWindows() ? "arshjul.exe" : "arshjul");
        var printed = await Run(arshjul, ["--version"]);
        Assert.StartsWith(version, printed.Trim());
        var site = _work.PathOf("site");
        var init = await Run(arshjul, ["init", site, "--languages", "sv,en"]);
        Assert.StartsWith("Created a new site in", init);
        var build = await Run(arshjul, ["build", "--source", site, "--check-links"]);
        Assert.Contains("; 0 errors, 0 warnings.", build);
        Assert.True(File.Exists(Path.Combine(site, "public", "sv", "index.html")));
    }

    /// <summary>Runs a program to its end; fails the test with everything it printed when it exits non-zero.</summary>
    private async Task<string> Run(string program, string[] args)
    {
        var info = new ProcessStartInfo(program, args)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = _work.Root,
        };
        info.Environment["NUGET_PACKAGES"] = _work.PathOf("packages");
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        using var child = Process.Start(info)!;
        child.StandardInput.Close();
        var stdout = child.StandardOutput.ReadToEndAsync();
        var stderr = child.StandardError.ReadToEndAsync();
        using var patience = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await child.WaitForExitAsync(patience.Token);
        var output = await stdout + await stderr;
        Assert.True(child.ExitCode == 0, $"{program} {string.Join(' ', args)} exited {child.ExitCode}:\n{output}");
        return output;
    }
}
