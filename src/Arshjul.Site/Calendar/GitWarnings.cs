using Arshjul.Site.Configuration;
using Arshjul.Site.Diagnostics;

namespace Arshjul.Site.Calendar;

/// <summary>
/// The warnings for source times that git could not give right. Each says what it means for the
/// calendars' SEQUENCE (calendar apps take an update only when SEQUENCE rises) and how to fix it.
/// They point at site.yml: the problem is the site's checkout, not one file.
/// </summary>
internal sealed class GitWarnings(DiagnosticBag? diagnostics, string marker)
{
    private static readonly SourceLocation Site = SourceLocation.StartOf(SiteOptionsLoader.FileName);

    public void Shallow() => diagnostics?.Warning(DiagnosticCodes.ShallowCheckout, Site,
        "The site is a shallow git checkout (its history is cut off), so every file not changed in the commits it has gets the time of "
        + "the oldest commit it has. Calendar entries then get a higher SEQUENCE than a full checkout gives: calendar apps may take unchanged "
        + "entries as updates, and after a later build with the full history they may ignore updates.",
        "Build from the full history: in GitHub Actions set 'fetch-depth: 0' for actions/checkout; elsewhere run 'git fetch --unshallow'.");

    public void Missing(string problem) => diagnostics?.Warning(DiagnosticCodes.GitMissing, Site,
        $"The site is in a git checkout ({marker}), but {problem}. Calendar times fall back to the files' modification times, which a fresh "
        + "checkout sets to the time of the checkout: calendar apps may take unchanged entries as updates, and miss updates after a later build with git.",
        "Install git where the site is built, or put it on the PATH.");

    public void Failed(string problem, string repository) => diagnostics?.Warning(DiagnosticCodes.GitFailed, Site,
        $"git failed in the site's checkout ({marker}): {problem}. Calendar times fall back to the files' modification times: calendar apps "
        + "may take unchanged entries as updates, and miss updates after a later build where git works.",
        problem.Contains("dubious ownership", StringComparison.Ordinal)
            ? $"git refuses a repository that another user owns. If you trust it, run: git config --global --add safe.directory '{repository}'"
            : "Run 'git status' in the site's folder to see what is wrong, and fix the repository.");
}
