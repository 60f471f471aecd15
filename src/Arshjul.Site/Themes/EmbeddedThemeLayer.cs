using System.Reflection;

namespace Arshjul.Site.Themes;

/// <summary>
/// The built-in theme, embedded in the assembly under logical names
/// <c>themes/default/&lt;layouts|static|i18n&gt;/…</c>; the last layer of every chain.
/// </summary>
internal sealed class EmbeddedThemeLayer : IThemeLayer
{
    public const string Prefix = "themes/default/";

    private readonly Assembly _assembly;

    // Normalised name -> manifest name: MSBuild's %(RecursiveDir) uses '\' when built on Windows.
    private readonly Dictionary<string, string> _resources;

    public EmbeddedThemeLayer(Assembly assembly)
    {
        _assembly = assembly;
        _resources = assembly.GetManifestResourceNames()
            .Select(name => (Normalised: name.Replace('\\', '/'), Name: name))
            .Where(r => r.Normalised.StartsWith(Prefix, StringComparison.Ordinal))
            .ToDictionary(r => r.Normalised[Prefix.Length..], r => r.Name, StringComparer.Ordinal);
    }

    public string Describe(string relativePath) => "embedded:" + Prefix + relativePath;

    public bool Exists(string relativePath) => _resources.ContainsKey(relativePath);

    public Stream Open(string relativePath) =>
        _resources.TryGetValue(relativePath, out var name) && _assembly.GetManifestResourceStream(name) is { } stream
            ? stream
            : throw new FileNotFoundException($"No embedded theme file '{relativePath}'", Describe(relativePath));

    public IEnumerable<string> List(string folder)
    {
        var prefix = folder.TrimEnd('/') + "/";
        return _resources.Keys
            .Where(key => key.StartsWith(prefix, StringComparison.Ordinal))
            .Select(key => key[prefix.Length..]);
    }
}
