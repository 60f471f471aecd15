using System.Buffers;
using System.Text;

namespace Arshjul.Site.Rendering.Templates;

/// <summary>
/// Escapes text for HTML element content and quoted attribute values. Only the five characters
/// that can end a text run or an attribute are replaced: non-ASCII text such as "ö" stays as it
/// is (the pages are UTF-8), unlike Scriban's html.escape which writes numeric references.
/// </summary>
public static class HtmlEscaper
{
    private static readonly SearchValues<char> Special = SearchValues.Create("&<>\"'");

    public static string Escape(string text)
    {
        var first = text.AsSpan().IndexOfAny(Special);
        if (first < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        builder.Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            _ = c switch
            {
                '&' => builder.Append("&amp;"),
                '<' => builder.Append("&lt;"),
                '>' => builder.Append("&gt;"),
                '"' => builder.Append("&quot;"),
                '\'' => builder.Append("&#39;"),
                _ => builder.Append(c),
            };
        }

        return builder.ToString();
    }
}
