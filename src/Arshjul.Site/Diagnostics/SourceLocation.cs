namespace Arshjul.Site.Diagnostics;

/// <summary>A place in a source file: path relative to the site root, 1-based line and column.</summary>
public readonly record struct SourceLocation(string Path, int Line, int Column)
{
    public static SourceLocation StartOf(string path) => new(path, 1, 1);

    public override string ToString() => $"{Path}:{Line}:{Column}";

    /// <summary>Diagnostics name files relative to the site root, like every other diagnostic; embedded files keep their name.</summary>
    public static string RelativePath(string siteRoot, string path)
    {
        if (!System.IO.Path.IsPathRooted(path)) return path;
        var relative = System.IO.Path.GetRelativePath(siteRoot, path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative.Replace('\\', '/');
    }
}
