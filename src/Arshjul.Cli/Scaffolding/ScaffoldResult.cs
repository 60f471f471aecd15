using Arshjul.Site.Diagnostics;

namespace Arshjul.Cli.Scaffolding;

/// <summary>The outcome of `arshjul new`: the file created, or why not, with the exit code to return.</summary>
/// <param name="ExitCode">One of <see cref="ExitCodes"/>.</param>
/// <param name="Message">"Created …" on success, else what is wrong and what to do.</param>
/// <param name="Path">The created file, relative to the site root with '/'; null when nothing was created.</param>
/// <param name="Diagnostics">Problems with site.yml that stopped the command.</param>
internal sealed record ScaffoldResult(int ExitCode, string Message, string? Path = null, IReadOnlyList<Diagnostic>? Diagnostics = null)
{
    public bool Succeeded => ExitCode == ExitCodes.Success;

    public static ScaffoldResult Usage(string message) => new(ExitCodes.UsageError, message);

    public static ScaffoldResult Refused(string message) => new(ExitCodes.ContentErrors, message);
}
