namespace Arshjul.Site.Themes;

/// <summary>One place in the fallback chain (a folder on disk or the embedded theme), addressed by '/'-separated relative paths.</summary>
internal interface IThemeLayer
{
    /// <summary>The path shown in diagnostics and in "not found" messages.</summary>
    string Describe(string relativePath);

    bool Exists(string relativePath);

    Stream Open(string relativePath);

    /// <summary>All files below <paramref name="folder"/>, as paths relative to it.</summary>
    IEnumerable<string> List(string folder);
}
