using Arshjul.Site.Content;
using Arshjul.Site.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Arshjul.Site.Model.Loading;

/// <summary>Reads an event's 'rooms' and 'tracks': a list of names, or of { name, capacity } and { name, colour }.</summary>
internal static class LaneReader
{
    public static IReadOnlyList<Room> Rooms(YamlObject data) =>
        Read(data, "rooms", "capacity", "{ name, capacity }", (entry, name) =>
        {
            var capacity = entry?.Integer("capacity");
            if (capacity is <= 0)
            {
                data.Source.Diagnostics.Error(DiagnosticCodes.InvalidValue, entry!.ValueLocation("capacity"),
                    $"'capacity' is {capacity}; write how many people the room seats, e.g. capacity: 40.");
                capacity = null;
            }

            return new Room(name, capacity);
        });

    public static IReadOnlyList<Track> Tracks(YamlObject data) =>
        Read(data, "tracks", "colour", "{ name, colour }", (entry, name) => new Track(name, entry is null ? null : Colour(entry, name)));

    /// <summary>
    /// A track's colour in the one form the theme writes (#rrggbb), or null. An unreadable colour is an error,
    /// so a typo never turns into a stripe of the wrong colour; one too light to see on the page is a warning.
    /// </summary>
    private static string? Colour(YamlObject entry, string name)
    {
        if (entry.Text("colour") is not { } text) return null;
        if (CssColour.Parse(text) is not { } colour)
        {
            entry.Source.Diagnostics.Error(DiagnosticCodes.InvalidValue, entry.ValueLocation("colour"),
                $"The colour {SafeText.Quote(text)} of track {SafeText.Quote(name)} is not a colour.",
                "Write it as #rrggbb (e.g. #1f6f8b), #rgb, rgb(31 111 139) or a CSS colour name such as teal.");
            return null;
        }

        var contrast = colour.ContrastWith(CssColour.PageBackground);
        if (contrast < CssColour.MinimumNonTextContrast)
        {
            entry.Source.Diagnostics.Warning(DiagnosticCodes.TrackColourContrast, entry.ValueLocation("colour"),
                $"The colour {SafeText.Quote(text)} of track {SafeText.Quote(name)} is too light to see on the page: its contrast with white is "
                + contrast.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + ":1, and marks need at least 3:1.",
                "Pick a darker shade of the colour; the programme draws it as a stripe on white.");
        }

        return colour.Hex;
    }

    private static List<T> Read<T>(YamlObject data, string key, string extraKey, string shape, Func<YamlObject?, string, T> make)
    {
        var result = new List<T>();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var node in data.List(key))
        {
            YamlObject? entry = null;
            string? name;
            switch (node)
            {
                case YamlScalarNode { Value: { } text }:
                    name = text.Trim();
                    break;
                case YamlMappingNode mapping:
                    entry = new YamlObject(mapping, data.Source);
                    name = entry.RequiredText("name", $"An entry of '{key}'");
                    break;
                default:
                    data.WrongType(key, node, $"a name or {shape}");
                    continue;
            }

            var item = name is null ? default : make(entry, name);
            entry?.ReportUnknownKeys(["name", extraKey], $"an entry of '{key}'");
            if (name is null || name.Length == 0) continue;
            if (seen.TryGetValue(LaneCheck.Normalise(name), out var first))
            {
                data.Source.Diagnostics.Error(DiagnosticCodes.InvalidValue, data.Source.At(node),
                    $"{SafeText.Quote(name)} is listed twice in '{key}'{(first == name ? "" : $" (also as {SafeText.Quote(first)})")}.");
                continue;
            }

            seen[LaneCheck.Normalise(name)] = name;
            result.Add(item!);
        }

        return result;
    }
}
