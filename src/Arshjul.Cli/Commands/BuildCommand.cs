using System.CommandLine;
using System.Globalization;
using Arshjul.Site.Build;
using Arshjul.Site.Diagnostics;
using Arshjul.Site.Output;

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
        var force = new Option<bool>("--force")
        {
            Description = "Build into a folder that holds files Arshjul did not write, keeping those files. Never allowed for the site folder itself.",
        };
        var parallel = CommonOptions.Parallel();
        var verbose = CommonOptions.Verbose();
        var command = new Command("build", "Build the site into static files.") { source, output, force, baseUrl, now, checkLinks, parallel, verbose };
        command.SetAction(parse =>
        {
            if (!CommonOptions.TryNow(parse.GetValue(now), stderr, out var nowValue)) return ExitCodes.UsageError;
            var sourceDir = Path.GetFullPath(parse.GetValue(source) ?? ".");

            // Before any work: the build replaces its output folder, so a wrong --output must never get that far.
            var outputValue = parse.GetValue(output);
            if (OutputFolderCheck.Problem(outputValue, sourceDir, parse.GetValue(force)) is { } problem)
            {
                stderr.WriteLine("arshjul: " + problem);
                return ExitCodes.UsageError;
            }

            using var signals = new StopSignals();
            var request = new BuildRequest
            {
                Source = sourceDir,
                Output = outputValue is { } o ? Path.GetFullPath(o) : null,
                ForceOutput = parse.GetValue(force),
                Cancellation = signals.Token,
                BaseUrl = parse.GetValue(baseUrl),
                Now = nowValue,
                CheckLinks = parse.GetValue(checkLinks),
                Parallelism = parse.GetValue(parallel) ?? Environment.ProcessorCount,
            };
            BuildResult result;
            try
            {
                // A killed earlier build is cleaned up first, so even a build that fails finds the old output in place.
                SiteWriter.Recover(request.OutputPath);
                result = SiteBuilder.Build(request);
            }
            catch (Exception) when (signals.Received is not null)
            {
                stderr.WriteLine($"arshjul: stopped by {signals.Name}. Nothing was published; {request.OutputPath} is as it was before this build.");
                return signals.ExitCode;
            }
            catch (Exception e) when (WriteFailure(e) is { } failure)
            {
                stderr.WriteLine($"arshjul: {failure.Message}");
                stderr.WriteLine("Nothing was published; the previous output is as it was. Check that the disk has free space and that you may write there, then build again.");
                return ExitCodes.ContentErrors;
            }

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

    /// <summary>The output write failure behind <paramref name="e"/>, also when parallel rendering wrapped it.</summary>
    private static OutputWriteException? WriteFailure(Exception e) => e switch
    {
        OutputWriteException write => write,
        AggregateException many => many.Flatten().InnerExceptions.Select(WriteFailure).FirstOrDefault(f => f is not null),
        { InnerException: { } inner } => WriteFailure(inner),
        _ => null,
    };
}
