using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Arshjul.Site.Bench.Runs;

/// <summary>
/// Runs `dotnet arshjul.dll build` as a separate process into an empty output folder. CPU time and
/// peak RSS come from /usr/bin/time (Debian package `time`) when it is there: reading /proc of a
/// child that is about to exit is racy. Without it, the process is polled.
/// </summary>
public sealed partial class BuildRunner(string arshjulDll)
{
    public const string Now = "2024-06-01T00:00Z";

    private const string TimeTool = "/usr/bin/time";

    public static bool HasTimeTool => File.Exists(TimeTool);

    public BuildRun Build(string source, string output)
    {
        if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
        return Run("dotnet", [arshjulDll, "build", "--source", source, "--output", output, "--now", Now], output);
    }

    /// <summary>`arshjul --version`: what starting the runtime and the tool costs before any work.</summary>
    public BuildRun Version(string scratch) => Run("dotnet", [arshjulDll, "--version"], scratch);

    /// <summary>Runs one build process (this tool's, or another generator's such as Hugo) and measures it.</summary>
    public static BuildRun Run(string program, string[] arguments, string output) =>
        HasTimeTool ? WithTimeTool(program, arguments, output) : Polled(program, arguments);

    private static BuildRun WithTimeTool(string program, string[] arguments, string output)
    {
        var timeFile = output.TrimEnd('/') + ".time";
        var info = Start(TimeTool, ["-f", "%e %U %S %M", "-o", timeFile, program, .. arguments]);
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(info)!;
        var (stdout, stderr) = Drain(process);
        clock.Stop();
        Check(program, process, stdout, stderr);

        // "Command exited with non-zero status" may come first; the numbers are on the last line.
        var fields = File.ReadAllLines(timeFile).Last(l => l.Trim().Length > 0).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        File.Delete(timeFile);
        var user = double.Parse(fields[1], CultureInfo.InvariantCulture);
        var sys = double.Parse(fields[2], CultureInfo.InvariantCulture);
        var rssKb = long.Parse(fields[3], CultureInfo.InvariantCulture);
        return new BuildRun(clock.Elapsed, TimeSpan.FromSeconds(user + sys), rssKb * 1024, ReportedMs(stdout), stdout.Trim(), "/usr/bin/time");
    }

    private static BuildRun Polled(string program, string[] arguments)
    {
        var info = Start(program, arguments);
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(info)!;
        var stdoutTask = process.StandardOutput.ReadToEndAsync();
        var stderrTask = process.StandardError.ReadToEndAsync();
        long peak = 0;
        var cpu = TimeSpan.Zero;
        while (!process.WaitForExit(20))
        {
            try
            {
                process.Refresh();
                peak = Math.Max(peak, process.PeakWorkingSet64);
                cpu = process.TotalProcessorTime;
            }
            catch (InvalidOperationException)
            {
                // Exited between the wait and the read.
            }
        }

        clock.Stop();
        var (stdout, stderr) = (stdoutTask.Result, stderrTask.Result);
        Check(program, process, stdout, stderr);
        return new BuildRun(clock.Elapsed, cpu, peak, ReportedMs(stdout), stdout.Trim(), "polled (install `time` for exact CPU and RSS)");
    }

    private static ProcessStartInfo Start(string file, IEnumerable<string> arguments)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        return info;
    }

    private static (string Stdout, string Stderr) Drain(Process process)
    {
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (stdout, stderr.Result);
    }

    private static void Check(string program, Process process, string stdout, string stderr)
    {
        if (process.ExitCode == 0) return;
        var lines = stderr.Split('\n');
        throw new InvalidOperationException(
            $"{(program == "dotnet" ? "arshjul build" : program)} exited with {process.ExitCode}:\n{stdout}\n{string.Join('\n', lines.Take(40))}{(lines.Length > 40 ? $"\n… {lines.Length - 40} more lines" : "")}");
    }

    private static double? ReportedMs(string stdout) =>
        ReportedPattern().Match(stdout) is { Success: true } m ? double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : null;

    [GeneratedRegex(@" in (\d+(?:\.\d+)?) ms")]
    private static partial Regex ReportedPattern();
}
