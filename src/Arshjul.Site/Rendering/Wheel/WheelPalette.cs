namespace Arshjul.Site.Rendering.Wheel;

/// <summary>
/// Mark colours. Each has at least 4.5:1 contrast against white (WCAG asks 3:1 for graphics),
/// so marks on the page background and legend swatches stay visible; colour is never the only
/// cue, since every mark's accessible name says its kind or series.
/// </summary>
public static class WheelPalette
{
    public static IReadOnlyList<string> Colours { get; } =
    [
        "#1f5fa8", // blue
        "#1e7a46", // green
        "#b4371f", // red
        "#7b3fa0", // purple
        "#8a5a00", // ochre
        "#0e7283", // teal
        "#b0306a", // magenta
        "#4f5b66", // slate
    ];

    /// <summary>For marks without a kind or series.</summary>
    public const string Neutral = "#3d4852";

    /// <summary>More categories than colours reuse colours in order; the legend and names still tell them apart.</summary>
    public static string For(int index) => Colours[index % Colours.Count];
}
