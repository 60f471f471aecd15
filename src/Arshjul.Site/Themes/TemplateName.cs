namespace Arshjul.Site.Themes;

/// <summary>
/// Normalises template and theme-file names. Names are relative paths with '/' separators;
/// anything that could climb out of the layouts or static folder is refused, since names come
/// from templates (<c>include</c>) and front matter.
/// </summary>
internal static class TemplateName
{
    public static bool TryNormalize(string name, out string normalized, out string error)
    {
        normalized = name.Replace('\\', '/').TrimStart('/');
        error = string.Empty;
        if (normalized.Length == 0)
        {
            error = "Template name is empty";
            return false;
        }

        if (normalized.Contains(':', StringComparison.Ordinal) || Path.IsPathRooted(normalized))
        {
            error = $"Template name '{name}' must be a relative path";
            return false;
        }

        foreach (var segment in normalized.Split('/'))
        {
            if (segment is "" or "." or "..")
            {
                error = $"Template name '{name}' must not contain empty, '.' or '..' segments";
                return false;
            }
        }

        return true;
    }

    public static string Normalize(string name) =>
        TryNormalize(name, out var normalized, out var error) ? normalized : throw new ArgumentException(error, nameof(name));
}
