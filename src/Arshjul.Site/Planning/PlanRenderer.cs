using System.Collections.Concurrent;
using System.Globalization;
using Arshjul.Site.Diagnostics;
using Arshjul.Site.Output;
using Arshjul.Site.Rendering.Templates;

namespace Arshjul.Site.Planning;

/// <summary>
/// Renders planned outputs in parallel into a sink as each finishes, whatever their kind. A template failure
/// becomes a diagnostic naming the template line; any other failure names the output it happened in.
/// </summary>
public static class PlanRenderer
{
    /// <param name="siteRoot">The site root, to name template files relative to it.</param>
    public static void Render(IReadOnlyList<PlannedOutput> outputs, IOutputSink sink, DiagnosticBag diagnostics, int parallelism, string siteRoot)
    {
        var failures = new ConcurrentBag<(int Index, TemplateRenderException Error)>();
        Parallel.For(0, outputs.Count, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, i =>
        {
            var output = outputs[i];
            try
            {
                var bytes = ProcessingContext.For(output.Path, output.Render);
                if (bytes is not null) sink.Add(new OutputFile(output.Path, bytes, output.Format));
            }
            catch (TemplateRenderException e)
            {
                failures.Add((i, e));
            }
        });

        // One broken template breaks many pages: report each template place once, naming the first
        // output in plan order, so the message is the same whichever thread got there first.
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (index, e) in failures.OrderBy(f => f.Index))
        {
            if (!reported.Add($"{e.TemplatePath}:{e.Line}:{e.Column}:{e.Message}")) continue;
            var (code, message) = Describe(e, outputs[index].Path);
            diagnostics.Error(code,
                new SourceLocation(SourceLocation.RelativePath(siteRoot, e.TemplatePath), Math.Max(1, e.Line), Math.Max(1, e.Column)),
                message);
        }
    }

    /// <summary>The code and plain words for a template failure; a limit says which, and that nothing was cut.</summary>
    private static (string Code, string Message) Describe(TemplateRenderException e, string page) => e.Limit switch
    {
        TemplateLimit.LoopIterations => (DiagnosticCodes.TemplateLoopLimit,
            $"The template ran {HtmlEscapingTemplateContext.MaxLoopIterations.ToString("N0", CultureInfo.InvariantCulture)} loop rounds (nested loops counted together) while rendering {page}, so {page} was not written rather than written short. A loop that runs this long is most likely endless: check the 'while' or 'for' here."),
        TemplateLimit.RecursionDepth => (DiagnosticCodes.TemplateRecursionLimit,
            $"The template included itself or called a function more than {HtmlEscapingTemplateContext.MaxRecursionDepth.ToString(CultureInfo.InvariantCulture)} levels deep while rendering {page}, so {page} was not written rather than written short. Check that the 'include' here stops (e.g. only for an item's children)."),
        TemplateLimit.OutputSize => (DiagnosticCodes.TemplateOutputLimit,
            $"The template reached a size limit while rendering {page}, so {page} was not written rather than written short: {e.Message}"),
        _ => (DiagnosticCodes.TemplateError, $"The template failed while rendering {page}: {e.Message}"),
    };
}
