using System.Diagnostics;
using System.Text.Json;
using Arshjul.Site.BrowserTests.Support;

namespace Arshjul.Site.BrowserTests;

/// <summary>The Nu Html Checker over every HTML file of the built site, in one JVM start.</summary>
[Collection(SiteCollection.Name)]
public sealed class VnuTests(SiteFixture site, ITestOutputHelper output)
{
    [Fact]
    public async Task Every_html_file_of_the_site_is_valid_html()
    {
        var clock = Stopwatch.StartNew();
        var (files, errors) = await RunVnuAsync(site.OutputDir);
        Report.Line(output, $"vnu: {files} HTML files checked, {errors.Count} errors ({clock.Elapsed.TotalSeconds:0.0} s)");
        Assert.True(files >= CoveredPages.All.Count, $"only {files} HTML files in {site.OutputDir}");
        Assert.True(errors.Count == 0, $"vnu found {errors.Count} error(s):\n" + string.Join("\n", errors.Take(60)) + (errors.Count > 60 ? $"\n… {errors.Count - 60} more" : ""));
    }

    /// <summary>The gate can fail: a copy of the site with an invalid attribute and an unclosed element is reported.</summary>
    [Fact]
    public async Task Vnu_reports_an_invalid_attribute_in_a_mutated_copy()
    {
        using var copy = new MutatedCopy(site.OutputDir, "sv/index.html", "nb/tillganglighet/index.html")
            .Replace("sv/index.html", "<main([^>]*)>", "<main$1 colour=\"red\"><p><div>")
            .Replace("nb/tillganglighet/index.html", "<html lang=\"nb\">", "<html lang=\"nb\" lang=\"sv\">");
        var (files, errors) = await RunVnuAsync(copy.Root);
        Report.Line(output, $"vnu on the mutated copy: {files} HTML files, {errors.Count} errors:\n  " + string.Join("\n  ", errors));
        Assert.Contains(errors, e => e.Contains("sv/index.html", StringComparison.Ordinal) && e.Contains("colour", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("nb/tillganglighet/index.html", StringComparison.Ordinal));
    }

    /// <summary>Runs vnu once over a folder; returns the number of HTML files there and every error as "file:line:col: message".</summary>
    internal static async Task<(int Files, List<string> Errors)> RunVnuAsync(string folder)
    {
        Tools.RequireVnu();
        var files = Directory.EnumerateFiles(folder, "*.html", SearchOption.AllDirectories).Count();
        var (exit, stdout, stderr) = await Tools.RunAsync("java",
            ["-jar", Tools.VnuJar, "--errors-only", "--format", "json", "--stdout", "--skip-non-html", folder], timeout: TimeSpan.FromMinutes(2));
        if (exit is not (0 or 1) || stdout.Trim().Length == 0) throw new InvalidOperationException($"vnu exited {exit}: {stderr}\n{stdout}");
        using var json = JsonDocument.Parse(stdout);
        var errors = new List<string>();
        foreach (var message in json.RootElement.GetProperty("messages").EnumerateArray())
        {
            var type = message.GetProperty("type").GetString();
            if (type is not ("error" or "non-document-error")) continue;
            var url = message.TryGetProperty("url", out var u) ? u.GetString() ?? "" : "";
            var file = url.StartsWith("file:", StringComparison.Ordinal) ? Path.GetRelativePath(folder, "/" + Uri.UnescapeDataString(url["file:".Length..]).TrimStart('/')) : url;
            var line = message.TryGetProperty("lastLine", out var l) ? l.GetInt32() : 0;
            var column = message.TryGetProperty("firstColumn", out var c) ? c.GetInt32() : 0;
            var extract = message.TryGetProperty("extract", out var x) ? " «" + x.GetString()!.ReplaceLineEndings(" ") + "»" : "";
            errors.Add($"{file}:{line}:{column}: {message.GetProperty("message").GetString()}{extract}");
        }

        if (exit == 1 && errors.Count == 0) throw new InvalidOperationException($"vnu exited 1 without errors in its JSON: {stderr}");
        return (files, errors);
    }
}
