using System.Text.RegularExpressions;

namespace Arshjul.Site.Exchange;

/// <summary>Track colours as the exchange formats take them: "#rrggbb" only (a CSS name or "#abc" is left out).</summary>
public static partial class ExchangeColours
{
    public static string? Hex(string? colour) =>
        colour is not null && HexColour().IsMatch(colour) ? colour.ToLowerInvariant() : null;

    [GeneratedRegex("^#[0-9a-fA-F]{6}$")]
    private static partial Regex HexColour();
}
