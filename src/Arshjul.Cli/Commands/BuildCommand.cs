using System.CommandLine;
using System.Globalization;
using Arshjul.Site.Build;

namespace Arshjul.Cli.Commands;

/// <summary>`arshjul build`: builds the site into the output folder, or leaves it untouched on errors.</summary>
public static class BuildCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var source = CommonOptions.Source();
        var output = new Option<string?>("--output") { Description = "Where to write the site (default: <source>/public)." };
        var baseUrl = new Option<string?>("--base-url") { Description = "Overrides baseUrl from site.yml." };
        var now = new Option<string?>("--now") { Description = "The date and time the build takes as now (ISO 8601), for reproducible builds." };
        var checkLinks = new Option<bool>("--check-links") { Description = "Check that every internal link resolves; list external links." };
        var parallel = CommonOptions.Parallel();
        var verbose = CommonOptions.Verbose();
        var command = new Command("build", "Build the site into static files.") { source, output, baseUrl, now, checkLinks, parallel, verbose };
        command.SetAction(parse =>
        {
            if (!CommonOptions.TryNow(parse.GetValue(now), stderr, out var nowValue)) return ExitCodes.UsageError;
            var sourceDir = Path.GetFullPath(parse.GetValue(source) ?? ".");
            var request = new BuildRequest
            {
                Source = sourceDir,
                Output = parse.GetValue(output) is { } o ? Path.GetFullPath(o) : null,
                BaseUrl = parse.GetValue(baseUrl),
                Now = nowValue,
                CheckLinks = parse.GetValue(checkLinks),
                Parallelism = parse.GetValue(parallel) ?? Environment.ProcessorCount,
            };
            var result = SiteBuilder.Build(request);
            DiagnosticPrinter.Print(result.Diagnostics, stderr, parse.GetValue(verbose));
            if (request.CheckLinks && result.ExternalLinks.Count > 0)
            {
                stdout.WriteLine($"External links (listed, not fetched): {result.ExternalLinks.Count}");
                foreach (var link in result.ExternalLinks) stdout.WriteLine("  " + SafeText.Escape(link));
            }

            if (!result.Succeeded)
            {
                stderr.WriteLine($"Build failed: {DiagnosticPrinter.Count(result.Diagnostics)}. Nothing was written to {SafeText.Escape(request.OutputPath)}.");
                return ExitCodes.ContentErrors;
            }

            if (Environment.GetEnvironmentVariable("ARSHJUL_TIMINGS") is { Length: > 0 })
            {
                foreach (var (stage, elapsed) in result.Stages) stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {stage}: {elapsed.TotalMilliseconds:0} ms"));
            }

            var written = result.Written!;
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Built {result.Pages} pages, {result.Calendars} calendars, {result.Counts.Files} files ({written.Written} written, {written.Unchanged} unchanged, {written.Removed} removed) in {result.Elapsed.TotalMilliseconds:0} ms; {DiagnosticPrinter.Count(result.Diagnostics)}."));
            return ExitCodes.Success;
        });
        return command;
    }
}
