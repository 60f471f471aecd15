using Arshjul.Site.Build;
using Arshjul.Site.Diagnostics;
using Arshjul.Site.Model;

namespace Arshjul.Site.Tests.Support;

/// <summary>
/// A small site written to a temporary folder by the test itself: site.yml plus the files it adds.
/// Disposing removes the folder.
/// </summary>
public sealed class TestSite : IDisposable
{
    public const string DefaultSiteYml = """
        title:
          sv: Testplats
          nb: Testside
          en: Test site
        baseUrl: https://example.org/
        languages: [sv, nb, en]
        timeZone: Europe/Stockholm
        """;

    public TestSite(string? siteYml = null)
    {
        Root = Path.Combine(Path.GetTempPath(), "arshjul-test-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
        Write("site.yml", siteYml ?? DefaultSiteYml);
    }

    public string Root { get; }

    /// <summary>Writes a file (path relative to the site root, '/'-separated) as UTF-8 without BOM.</summary>
    public TestSite Write(string relativePath, string text)
    {
        var full = Path.Combine(Root, relativePath.Replace('/', Path.DirectorySeparatorChar));
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text.ReplaceLineEndings("\n"));
        return this;
    }

    public TestSite WriteBytes(string relativePath, byte[] bytes)
    {
        var full = Path.Combine(Root, relativePath.Replace('/', Path.DirectorySeparatorChar));
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
        return this;
    }

    /// <summary>Loads and resolves the site; the model is null when there were errors.</summary>
    public (SiteModel? Model, IReadOnlyList<Diagnostic> Diagnostics) Load()
    {
        var bag = new DiagnosticBag();
        var model = SiteLoader.Load(Root, bag);
        return (model, bag.ToSortedList());
    }

    /// <summary>Loads a site that must have no errors, and returns its model.</summary>
    public SiteModel LoadValid()
    {
        var (model, diagnostics) = Load();
        Assert.True(model is not null, "Expected no errors, got:\n" + string.Join("\n", diagnostics));
        return model!;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A test that still holds a file open must not fail the run over cleanup.
        }
    }
}
