using System.Text.RegularExpressions;

namespace Arshjul.Site.BrowserTests.Support;

/// <summary>The pages of a built site, as the paths a browser opens.</summary>
public static partial class SitePages
{
    /// <summary>
    /// Every HTML file under <paramref name="outputFolder"/> as a site path ("/sv/events/x/", "/404.html"),
    /// in order, without the root language chooser: it only redirects, so a check run on it races the navigation.
    /// </summary>
    public static IReadOnlyList<string> Of(string outputFolder) =>
        Directory.EnumerateFiles(outputFolder, "*.html", SearchOption.AllDirectories)
            .Select(f => "/" + Path.GetRelativePath(outputFolder, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(p => p != "/index.html")
            .Select(p => p.EndsWith("/index.html", StringComparison.Ordinal) ? p[..^"index.html".Length] : p)
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>Of the site paths <paramref name="paths"/>, those whose built file runs a script (<see cref="RunsScripts(string, string)"/>).</summary>
    public static IReadOnlyList<string> ThatRunScripts(string outputFolder, IEnumerable<string> paths) =>
        paths.Where(p => RunsScripts(outputFolder, p)).ToList();

    /// <summary>Whether the built file of a site path ("/sv/events/x/", "/sv/404.html") has a script element that runs: any but JSON-LD data.</summary>
    public static bool RunsScripts(string outputFolder, string sitePath) =>
        ExecutableScript().IsMatch(File.ReadAllText(Path.Combine(outputFolder, (sitePath.EndsWith('/') ? sitePath + "index.html" : sitePath).TrimStart('/'))));

    [GeneratedRegex(@"<script(?![^>]*\btype=""application/ld\+json"")[\s>]", RegexOptions.IgnoreCase)]
    private static partial Regex ExecutableScript();
}
