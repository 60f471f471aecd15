using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Arshjul.Site.Bench.Runs;

/// <summary>Finds the repository and the built `arshjul` tool, building it in Release when it is missing.</summary>
public static class ToolLocator
{
    public static string RepositoryRoot()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Arshjul.Site.sln"))) return dir.FullName;
            }
        }

        throw new InvalidOperationException("Cannot find Arshjul.Site.sln above the current folder; run the benchmark from the repository.");
    }

    /// <summary>
    /// src/Arshjul.Cli/bin/Release/net10.0/arshjul.dll, brought up to date with `dotnet build -c Release`
    /// first (quick when nothing changed), so the numbers are for the code in src/.
    /// </summary>
    public static string ArshjulDll(string repo, TextWriter log)
    {
        var dll = Path.Combine(repo, "src", "Arshjul.Cli", "bin", "Release", "net10.0", "arshjul.dll");
        log.WriteLine("Building the tool: dotnet build src/Arshjul.Cli -c Release");
        for (var attempt = 1; ; attempt++)
        {
            var (code, output) = Run(repo, "dotnet", "build", Path.Combine("src", "Arshjul.Cli"), "-c", "Release", "-nologo", "-v", "quiet");
            if (code == 0 && File.Exists(dll)) return dll;

            // Others change src/ in parallel: a broken build is often fixed a minute later, and
            // the last good build is better than none.
            if (File.Exists(dll))
            {
                log.WriteLine("  warning: the build failed; measuring the last successful build of the tool instead:");
                log.WriteLine(string.Join('\n', output.Split('\n').Where(l => l.Contains("error", StringComparison.Ordinal)).Distinct().Take(5)));
                return dll;
            }

            if (attempt == 3) throw new InvalidOperationException($"`dotnet build src/Arshjul.Cli -c Release` failed:\n{output}");
            log.WriteLine($"  the build failed (attempt {attempt}); retrying in 30 s");
            Thread.Sleep(TimeSpan.FromSeconds(30));
        }
    }

    /// <summary>
    /// The tool as its package for this platform ships it: `dotnet publish` framework-dependent and ReadyToRun for this
    /// machine's platform, into <paramref name="folder"/> (src/Arshjul.Cli/Arshjul.Cli.csproj packs the same per platform).
    /// </summary>
    public static string PublishedDll(string repo, string folder, TextWriter log)
    {
        // The portable name (linux-x64, osx-arm64, …), as the packages are named, whichever distribution .NET came from.
        var os = OperatingSystem.IsWindows() ? "win" : OperatingSystem.IsMacOS() ? "osx" : "linux";
        var rid = $"{os}-{RuntimeInformation.OSArchitecture.ToString().ToLowerInvariant()}";
        log.WriteLine($"Publishing the tool ReadyToRun for {rid}, as its package ships it: dotnet publish src/Arshjul.Cli -c Release -r {rid} -p:PublishReadyToRun=true");
        var (code, output) = Run(repo, "dotnet", "publish", Path.Combine("src", "Arshjul.Cli"), "-c", "Release", "-r", rid, "--self-contained", "false",
            "-p:PublishReadyToRun=true", "-o", folder, "-nologo", "-v", "quiet");
        var dll = Path.Combine(folder, "arshjul.dll");
        if (code != 0 || !File.Exists(dll)) throw new InvalidOperationException($"dotnet publish -p:PublishReadyToRun=true failed:\n{output}");
        return dll;
    }

    /// <summary>Runs a program to its end in <paramref name="workingDirectory"/>: its exit code and everything it printed.</summary>
    public static (int Code, string Output) Run(string workingDirectory, string file, params string[] args)
    {
        var info = new ProcessStartInfo(file) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) info.ArgumentList.Add(arg);
        using var process = Process.Start(info)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout + stderr.Result);
    }
}
