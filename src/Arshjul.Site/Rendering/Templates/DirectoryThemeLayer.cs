namespace Arshjul.Site.Rendering.Templates;

/// <summary>A layer of the fallback chain backed by a folder (the site, or a site theme).</summary>
internal sealed class DirectoryThemeLayer : IThemeLayer
{
    private readonly string _root;

    public DirectoryThemeLayer(string root)
    {
        _root = Path.GetFullPath(root);
    }

    public string Describe(string relativePath) => Path.Combine(_root, relativePath.Replace('/', Path.DirectorySeparatorChar));

    public bool Exists(string relativePath) => File.Exists(Describe(relativePath));

    public Stream Open(string relativePath) => File.OpenRead(Describe(relativePath));

    public IEnumerable<string> List(string folder)
    {
        var directory = Describe(folder);
        if (!Directory.Exists(directory))
        {
            return [];
        }

        return Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(directory, file).Replace(Path.DirectorySeparatorChar, '/'));
    }
}
