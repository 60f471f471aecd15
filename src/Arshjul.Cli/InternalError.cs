using Arshjul.Site.Diagnostics;
namespace Arshjul.Cli;

/// <summary>
/// The one place an unexpected exception ends up: a plain message naming what was being processed,
/// and exit code 3. The stack trace goes to stderr only when ARSHJUL_DEBUG is set.
/// </summary>
public static class InternalError
{
    public static int Report(Exception e, TextWriter stderr)
    {
        var file = Site.Diagnostics.ProcessingContext.Describe(e);
        stderr.WriteLine(Site.Diagnostics.SafeText.Escape($"arshjul: internal error{(file is null ? "" : $" while processing {file}")}: {e.GetType().Name}: {e.Message}"));
        stderr.WriteLine("This is a bug in Arshjul, not in your content. Please report it with the file named above.");
        if (Environment.GetEnvironmentVariable("ARSHJUL_DEBUG") is { Length: > 0 }) stderr.WriteLine(e);
        return ExitCodes.InternalError;
    }
}
