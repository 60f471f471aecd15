using System.Reflection;
using System.Text;
using Arshjul.Site.Content;
using Arshjul.Site.Diagnostics;

namespace Arshjul.Site.Themes;

/// <summary>
/// The files of the site's theme through one explicit fallback chain: <c>&lt;site&gt;/themes/&lt;theme&gt;/…</c>,
/// then the theme embedded in the assembly; layouts look in <c>&lt;site&gt;/layouts/</c> first. The one way
/// in to theme files, shared by templates (Rendering), UI strings (I18n) and the asset copy.
/// </summary>
public sealed class ThemeFiles
{
    public const string LayoutsFolder = "layouts";
    private const string StaticFolder = "static";

    private readonly IReadOnlyList<IThemeLayer> _themeLayers;

    /// <param name="siteDirectory">The site root (holding <c>layouts/</c> and <c>themes/</c>).</param>
    /// <param name="themeName">The site theme folder under <c>themes/</c>, or null for the built-in theme only.</param>
    /// <param name="embeddedThemeAssembly">Where the built-in theme is embedded; this assembly by default.</param>
    /// <param name="diagnostics">Where files that cannot be read (links out of the site, special files) are reported.</param>
    public ThemeFiles(string siteDirectory, string? themeName = null, Assembly? embeddedThemeAssembly = null, DiagnosticBag? diagnostics = null)
    {
        var files = new SiteFiles(siteDirectory, diagnostics ?? new DiagnosticBag());
        var embedded = new EmbeddedThemeLayer(embeddedThemeAssembly ?? typeof(ThemeFiles).Assembly);
        var themeLayers = new List<IThemeLayer>();
        if (!string.IsNullOrEmpty(themeName))
        {
            var theme = TemplateName.Normalize(themeName);
            themeLayers.Add(new DirectoryThemeLayer(files, "themes/" + theme));
        }

        themeLayers.Add(embedded);
        _themeLayers = themeLayers;
        LayoutLayers = [new DirectoryThemeLayer(files, ""), .. themeLayers];
    }

    /// <summary>Where layouts are looked for, in order: the site's own <c>layouts/</c>, then the theme's.</summary>
    internal IReadOnlyList<IThemeLayer> LayoutLayers { get; }

    /// <summary>Relative paths of all theme static files (site theme and built-in theme merged).</summary>
    public IEnumerable<string> StaticFiles() =>
        _themeLayers.SelectMany(layer => layer.List(StaticFolder)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);

    /// <summary>Opens a theme static file: the site theme's copy if it has one, else the built-in one.</summary>
    public Stream OpenStatic(string relativePath)
    {
        var path = StaticFolder + "/" + TemplateName.Normalize(relativePath);
        var layer = FindLayer(_themeLayers, path)
            ?? throw new FileNotFoundException($"Theme file '{relativePath}' not found; looked in: {string.Join(", ", _themeLayers.Select(l => l.Describe(path)))}");
        return layer.Open(path);
    }

    /// <summary>The theme's UI strings for a language (site theme first, else built-in), or null when the theme has none.</summary>
    public (string Text, string Path)? OpenI18n(string language)
    {
        var path = "i18n/" + TemplateName.Normalize(language + ".yml");
        var layer = FindLayer(_themeLayers, path);
        if (layer is null) return null;
        using var reader = new StreamReader(layer.Open(path), Encoding.UTF8);
        return (reader.ReadToEnd(), layer.Describe(path));
    }

    internal static IThemeLayer? FindLayer(IReadOnlyList<IThemeLayer> layers, string relativePath) =>
        layers.FirstOrDefault(layer => layer.Exists(relativePath));
}
