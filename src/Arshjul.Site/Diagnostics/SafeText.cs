using System.Globalization;
using System.Text;

namespace Arshjul.Site.Diagnostics;

/// <summary>
/// Text from files made safe to print: control characters, line and paragraph separators and bidi
/// controls are written as escapes (<c>\x1b</c>, <c>\u202e</c>), so a file name or value cannot move
/// the cursor, retitle the terminal or reverse the line; quoted values are cut to a short excerpt.
/// </summary>
public static class SafeText
{
    /// <summary>The most characters of a value a message quotes.</summary>
    public const int ExcerptLength = 60;

    public static string Escape(string text)
    {
        if (!text.Any(NeedsEscape)) return text;
        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (!NeedsEscape(c)) builder.Append(c);
            else if (c <= '\xff') builder.Append(CultureInfo.InvariantCulture, $"\\x{(int)c:x2}");
            else builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}");
        }

        return builder.ToString();
    }

    /// <summary>At most <see cref="ExcerptLength"/> characters of <paramref name="text"/>, then "…", escaped.</summary>
    public static string Excerpt(string text)
    {
        var cut = text.Length <= ExcerptLength ? text : text[..CutAt(text)] + "…";
        return Escape(cut);
    }

    /// <summary>A value as a message quotes it: 'excerpt'.</summary>
    public static string Quote(string? text) => $"'{Excerpt(text ?? "")}'";

    // Never between the halves of a surrogate pair.
    private static int CutAt(string text) =>
        char.IsHighSurrogate(text[ExcerptLength - 1]) ? ExcerptLength - 1 : ExcerptLength;

    private static bool NeedsEscape(char c) =>
        c < ' ' || c is >= '\x7f' and <= '\x9f' || c is '\u2028' or '\u2029' || c is >= '\u202a' and <= '\u202e' || c is >= '\u2066' and <= '\u2069';
}
