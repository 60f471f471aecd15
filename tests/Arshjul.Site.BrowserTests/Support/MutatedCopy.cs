using System.Text.RegularExpressions;

namespace Arshjul.Site.BrowserTests.Support;

/// <summary>
/// A temporary copy of the built site with deliberate faults in it, to prove that a gate fails
/// when the site is wrong (the built output of the fixture itself is never touched).
/// </summary>
public sealed class MutatedCopy : IDisposable
{
    /// <summary>Copies the whole built site, or only <paramref name="only"/> (paths relative to it) when given.</summary>
    public MutatedCopy(string builtSite, params string[] only)
    {
        Root = Path.Combine(Path.GetTempPath(), "arshjul-mutated-" + Guid.NewGuid().ToString("N"));
        var files = only.Length > 0
            ? only.Select(f => Path.Combine(builtSite, f))
            : Directory.EnumerateFiles(builtSite, "*", SearchOption.AllDirectories);
        foreach (var file in files)
        {
            var target = Path.Combine(Root, Path.GetRelativePath(builtSite, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public string Root { get; }

    /// <summary>Replaces the first match of <paramref name="pattern"/> in a file ('/'-separated path); fails when nothing matched.</summary>
    public MutatedCopy Replace(string relativePath, string pattern, string replacement)
    {
        var file = Path.Combine(Root, relativePath);
        var html = File.ReadAllText(file);
        var regex = new Regex(pattern);
        if (!regex.IsMatch(html)) throw new InvalidOperationException($"The mutation found no '{pattern}' in {relativePath}.");
        File.WriteAllText(file, regex.Replace(html, replacement, 1));
        return this;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // Cleanup only.
        }
    }
}
