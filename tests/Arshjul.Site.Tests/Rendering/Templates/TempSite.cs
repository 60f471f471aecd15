namespace Arshjul.Site.Tests.Rendering.Templates;

/// <summary>A throwaway site folder for loader and renderer tests, deleted on dispose.</summary>
internal sealed class TempSite : IDisposable
{
    public TempSite()
    {
        Root = Path.Combine(Path.GetTempPath(), "arshjul-tpl-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    public TempSite With(string relativePath, string text)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return this;
    }

    /// <summary>A loader whose built-in theme is empty, so tests see only the files they write.</summary>
    public Arshjul.Site.Rendering.Templates.TemplateLoader Loader(string? theme = null) =>
        new(Root, theme, typeof(TempSite).Assembly);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; don't fail the test over it.
        }
    }
}
