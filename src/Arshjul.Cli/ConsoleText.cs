using System.Globalization;
using System.Text;

namespace Arshjul.Cli;

/// <summary>
/// Names from the file system made safe to print: control characters, line separators and bidi
/// controls become escapes (<c>\x1b</c>, <c>\u202e</c>), so a file name cannot move the cursor,
/// retitle the terminal or reverse the line.
/// </summary>
public static class ConsoleText
{
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

    private static bool NeedsEscape(char c) =>
        c < ' ' || c is >= '\x7f' and <= '\x9f' || c is '\u2028' or '\u2029' || c is >= '\u202a' and <= '\u202e' || c is >= '\u2066' and <= '\u2069';
}
