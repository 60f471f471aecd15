using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Arshjul.Site.Tests.Support;

namespace Arshjul.Site.Tests.Exchange;

/// <summary>
/// The schedule exports checked by tools that are not ours: xmllint (Debian libxml2-utils) against the frab XSD,
/// and ajv (npm, through tests/tools/schedule-json-check.mjs) against the c3voc JSON Schema, both from
/// ../shared/schemas/. A missing tool fails the test with what to install.
/// </summary>
internal static class ScheduleValidators
{
    /// <summary>xmllint's complaints about each file (empty when it validates), by file.</summary>
    public static IReadOnlyDictionary<string, string> FrabErrors(IReadOnlyDictionary<string, byte[]> files) =>
        WithFiles(files, ".xml", paths =>
        {
            var result = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (name, path) in paths)
            {
                var (exit, _, error) = Run("xmllint", ["--noout", "--nonet", "--schema", RepoPaths.SharedSchema("schedule.xml.xsd"), path],
                    "Install Debian's libxml2-utils (./test.sh does).");
                result[name] = exit == 0 ? "" : error.Trim();
            }

            return result;
        });

    /// <summary>ajv's complaints about each file (empty when it validates), by file.</summary>
    public static IReadOnlyDictionary<string, string> C3vocErrors(IReadOnlyDictionary<string, byte[]> files)
    {
        var script = Path.Combine(RepoPaths.Root, "tests", "tools", "schedule-json-check.mjs");
        var ajv = Path.Combine(RepoPaths.Root, "node_modules", "ajv", "package.json");
        Assert.True(File.Exists(ajv), $"ajv is not installed ({ajv} is missing). Run 'npm ci --ignore-scripts' in {RepoPaths.Root} (./test.sh does).");
        return WithFiles(files, ".json", paths =>
        {
            var (exit, output, error) = Run("node", [script, RepoPaths.SharedSchema("schema.json"), .. paths.Values],
                "Node.js (18 or later) is needed for the JSON Schema check.");
            Assert.True(exit == 0, $"schedule-json-check.mjs exited with {exit}:\n{error}\n{output}");
            using var json = JsonDocument.Parse(output);
            var byPath = paths.ToDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);
            return json.RootElement.GetProperty("files").EnumerateArray().ToDictionary(
                f => byPath[f.GetProperty("path").GetString()!],
                f => string.Join("\n", f.GetProperty("errors").EnumerateArray().Select(e => e.GetString())),
                StringComparer.Ordinal);
        });
    }

    private static T WithFiles<T>(IReadOnlyDictionary<string, byte[]> files, string extension, Func<IReadOnlyDictionary<string, string>, T> check)
    {
        var folder = Path.Combine(Path.GetTempPath(), "arshjul-schedule-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var paths = new Dictionary<string, string>(StringComparer.Ordinal);
            var i = 0;
            foreach (var (name, bytes) in files)
            {
                var path = Path.Combine(folder, $"{i++}{extension}");
                File.WriteAllBytes(path, bytes);
                paths[name] = path;
            }

            return check(paths);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static (int Exit, string Output, string Error) Run(string program, IReadOnlyList<string> arguments, string cannotStart)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = RepoPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException(program + " did not start");
        }
        catch (Win32Exception e)
        {
            Assert.Fail($"{program} could not be started ({e.Message}). {cannotStart}");
            throw;
        }

        using (process)
        {
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), $"{program} did not finish within 2 minutes.");
            return (process.ExitCode, output, error.Result);
        }
    }
}
