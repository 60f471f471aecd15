namespace Arshjul.Site.Rendering.Wheel;

/// <summary>One entry of the wheel's legend: an event kind or a series, and the colour of its marks.</summary>
/// <param name="Key">The kind or series as written, for CSS classes and tests.</param>
/// <param name="Label">As the reader sees it ("Möte").</param>
/// <param name="Colour">A hex colour from <see cref="WheelPalette"/>.</param>
public sealed record WheelCategory(string Key, string Label, string Colour);
