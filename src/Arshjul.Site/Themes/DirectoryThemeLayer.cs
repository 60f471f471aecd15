using Arshjul.Site.Content;

namespace Arshjul.Site.Themes;

/// <summary>
/// A layer of the fallback chain backed by a folder of the site (the site itself, or a site theme),
/// read through <see cref="SiteFiles"/>: a layout linked from outside the site is reported, not rendered.
/// </summary>
internal sealed class DirectoryThemeLayer : IThemeLayer
{
    private const string StaticPrefix = "static/";

    private readonly SiteFiles _files;
    private readonly string _folder;

    /// <param name="folder">Site-relative ('' for the site root, 'themes/name' for a theme).</param>
    public DirectoryThemeLayer(SiteFiles files, string folder)
    {
        _files = files;
        _folder = folder;
    }

    public string Describe(string relativePath) => _files.FullPath(SitePath(relativePath));

    public bool Exists(string relativePath) => _files.Exists(SitePath(relativePath));

    /// <summary>The file's bytes, or an empty stream once the problem is reported (the build then stops before rendering).</summary>
    public Stream Open(string relativePath)
    {
        var limit = relativePath.StartsWith(StaticPrefix, StringComparison.Ordinal) ? SiteFiles.StaticLimit : SiteFiles.TextLimit;
        return new MemoryStream(_files.Read(SitePath(relativePath), limit) ?? [], writable: false);
    }

    public IEnumerable<string> List(string folder) => _files.List(SitePath(folder));

    private string SitePath(string relativePath) => _folder.Length == 0 ? relativePath : _folder + "/" + relativePath;
}
