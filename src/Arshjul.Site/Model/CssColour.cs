using System.Drawing;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Arshjul.Site.Model;

/// <summary>
/// A track colour as an author writes it ("#c0392b", "#c33", "rgb(192 57 43)", "teal"), read into its
/// red, green and blue so that the theme gets one safe form (<see cref="Hex"/>, never the author's text in
/// a style attribute) and the colour can be checked for contrast (WCAG 2.2, 1.4.11 non-text contrast).
/// </summary>
public readonly partial record struct CssColour(byte R, byte G, byte B)
{
    /// <summary>The page background of the default theme, which track colours are drawn against.</summary>
    public static readonly CssColour PageBackground = new(255, 255, 255);

    /// <summary>WCAG's minimum contrast for a graphical object such as a track's stripe.</summary>
    public const double MinimumNonTextContrast = 3.0;

    public string Hex => $"#{R:x2}{G:x2}{B:x2}";

    /// <summary>The colour, or null when <paramref name="text"/> is no opaque CSS colour this reader knows.</summary>
    public static CssColour? Parse(string text)
    {
        var value = text.Trim().ToLowerInvariant();
        if (HexForm().Match(value) is { Success: true } hex) return FromHex(hex.Groups[1].Value);
        if (RgbForm().Match(value) is { Success: true } rgb)
        {
            var parts = new[] { rgb.Groups[1].Value, rgb.Groups[2].Value, rgb.Groups[3].Value }.Select(Channel).ToArray();
            return parts.All(p => p is not null) ? new CssColour(parts[0]!.Value, parts[1]!.Value, parts[2]!.Value) : null;
        }

        // CSS's named colours are the X11 names .NET knows, but CSS also spells every "gray" as "grey".
        var name = value.Replace("grey", "gray", StringComparison.Ordinal);
        if (!NameForm().IsMatch(name) || name == "transparent") return null;
        var known = Color.FromName(name);
        return known.IsKnownColor && !known.IsSystemColor ? new CssColour(known.R, known.G, known.B) : null;
    }

    /// <summary>The WCAG contrast ratio between two colours, from 1 (none) to 21 (black on white).</summary>
    public double ContrastWith(CssColour other)
    {
        var (lighter, darker) = (Math.Max(Luminance, other.Luminance), Math.Min(Luminance, other.Luminance));
        return (lighter + 0.05) / (darker + 0.05);
    }

    private double Luminance => 0.2126 * Linear(R) + 0.7152 * Linear(G) + 0.0722 * Linear(B);

    private static double Linear(byte channel)
    {
        var c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
    }

    private static CssColour FromHex(string digits)
    {
        // #rgb and #rrggbb; a fourth or eighth digit pair (alpha) must be opaque, checked by the pattern.
        if (digits.Length is 3 or 4) digits = string.Concat(digits.Take(3).Select(d => $"{d}{d}"));
        byte Pair(int at) => byte.Parse(digits.AsSpan(at, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        return new CssColour(Pair(0), Pair(2), Pair(4));
    }

    private static byte? Channel(string part)
    {
        if (part.EndsWith('%'))
        {
            return double.TryParse(part[..^1], NumberStyles.Float, CultureInfo.InvariantCulture, out var percent) && percent is >= 0 and <= 100
                ? (byte)Math.Round(percent / 100 * 255, MidpointRounding.AwayFromZero) : null;
        }

        return double.TryParse(part, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && number is >= 0 and <= 255
            ? (byte)Math.Round(number, MidpointRounding.AwayFromZero) : null;
    }

    [GeneratedRegex("^#([0-9a-f]{3}|[0-9a-f]{3}f|[0-9a-f]{6}|[0-9a-f]{6}ff)$")]
    private static partial Regex HexForm();

    [GeneratedRegex(@"^rgba?\(\s*([0-9.]+%?)\s*[,\s]\s*([0-9.]+%?)\s*[,\s]\s*([0-9.]+%?)\s*(?:[,/]\s*(?:1|1\.0+|100%)\s*)?\)$")]
    private static partial Regex RgbForm();

    [GeneratedRegex("^[a-z]+$")]
    private static partial Regex NameForm();
}
