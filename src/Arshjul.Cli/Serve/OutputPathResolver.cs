namespace Arshjul.Cli.Serve;

/// <summary>
/// Maps a request path to a file in the output folder, refusing anything that could reach outside
/// it: '..' or '.' segments (in the path Kestrel decoded and in the raw request line, decoded once
/// more, since a client may send %2e%2e), backslashes, NUL, and any path that resolves elsewhere.
/// </summary>
public static class OutputPathResolver
{
    /// <summary>The full path the request names ("/" → index.html, "/x/" → x/index.html), or null when the path is refused.</summary>
    /// <param name="outputRoot">The output folder, as a full path.</param>
    /// <param name="decodedPath">The request path as the server decoded it.</param>
    /// <param name="rawTarget">The request target exactly as sent, when known.</param>
    public static string? Resolve(string outputRoot, string decodedPath, string? rawTarget = null)
    {
        if (rawTarget is { Length: > 0 } raw && raw[0] == '/')
        {
            var rawPath = raw.Split('?', '#')[0];
            string once;
            try
            {
                once = Uri.UnescapeDataString(rawPath);
            }
            catch (UriFormatException)
            {
                return null;
            }

            if (IsUnsafe(rawPath) || IsUnsafe(once)) return null;
        }

        if (!decodedPath.StartsWith('/') || IsUnsafe(decodedPath)) return null;
        var relative = decodedPath.TrimStart('/');
        if (relative.Length == 0 || relative.EndsWith('/')) relative += "index.html";

        var root = Path.GetFullPath(outputRoot);
        var rootWithSeparator = root.EndsWith(Path.DirectorySeparatorChar) ? root : root + Path.DirectorySeparatorChar;
        string full;
        try
        {
            full = Path.GetFullPath(Path.Combine(root, relative));
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return null;
        }

        return full.StartsWith(rootWithSeparator, StringComparison.Ordinal) ? full : null;
    }

    /// <summary>Dot segments, backslashes (a second separator on Windows), NUL and other control characters.</summary>
    public static bool IsUnsafe(string path) =>
        path.Any(c => c == '\\' || char.IsControl(c)) ||
        path.Split('/').Any(segment => segment is ".." or ".");
}
