using System.Globalization;
using System.Text;

namespace Arshjul.Site.Bench.Generation;

/// <summary>Slugs as the content model wants them: lower-case ASCII letters, digits and '-'.</summary>
public static class Slugs
{
    public static string From(string text, int maxWords = 6)
    {
        var folded = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            folded.Append(c switch
            {
                'å' or 'ä' or 'à' or 'á' => "a",
                'ö' or 'ø' or 'ó' or 'ò' => "o",
                'æ' => "ae",
                'é' or 'è' or 'ë' => "e",
                'ü' => "u",
                _ when c is >= 'a' and <= 'z' or >= '0' and <= '9' => c.ToString(),
                _ => " ",
            });
        }

        var words = folded.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(maxWords);
        var slug = string.Join('-', words);
        return slug.Length == 0 || slug.All(char.IsAsciiDigit) ? "x-" + slug : slug;
    }

    /// <summary>Makes <paramref name="slug"/> unique in <paramref name="taken"/> with -2, -3, … and reserves it.</summary>
    public static string Unique(string slug, HashSet<string> taken)
    {
        var candidate = slug;
        for (var n = 2; !taken.Add(candidate); n++) candidate = slug + "-" + n.ToString(CultureInfo.InvariantCulture);
        return candidate;
    }
}
