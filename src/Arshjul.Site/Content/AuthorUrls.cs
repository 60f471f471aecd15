using System.Globalization;
using System.Text;
using Arshjul.Site.Diagnostics;
using Arshjul.Site.Markdown;

namespace Arshjul.Site.Content;

/// <summary>
/// Reports a URL an author wrote (a front-matter key or a Markdown link or image) whose scheme is
/// not allowed: the same rule, <see cref="UrlKind.IsAllowedForAuthors"/>, and the same message everywhere.
/// </summary>
public static class AuthorUrls
{
    private const int MaxShown = 60;

    /// <returns>True when the URL may be published; false after reporting an error at <paramref name="at"/>.</returns>
    public static bool Check(string url, SourceLocation at, DiagnosticBag diagnostics)
    {
        if (UrlKind.IsAllowedForAuthors(url)) return true;
        diagnostics.Error(DiagnosticCodes.UnsafeUrlScheme, at,
            $"The address '{Excerpt(url)}' starts with '{UrlKind.SchemeOf(url)}:', which a link on this site cannot use; "
            + "links can be http:, https:, mailto:, tel: or webcal: addresses, or paths on this site.",
            "Write a web address (https://…) or a path on the site (/materialer/x.pdf); javascript: and data: addresses would run in the reader's browser.");
        return false;
    }

    /// <summary>The start of the URL with control characters written as \uXXXX, so a message never carries them to a terminal.</summary>
    private static string Excerpt(string url)
    {
        var shown = new StringBuilder();
        foreach (var c in url.Length > MaxShown ? url[..MaxShown] : url)
        {
            if (char.IsControl(c)) shown.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            else shown.Append(c);
        }

        return url.Length > MaxShown ? shown.Append('…').ToString() : shown.ToString();
    }
}
