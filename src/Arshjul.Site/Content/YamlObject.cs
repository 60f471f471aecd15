using System.Globalization;
using Arshjul.Site.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Arshjul.Site.Content;

/// <summary>
/// Typed, position-aware reading of one YAML mapping. Every wrong type becomes a diagnostic
/// at the value's line and column; keys that were never asked for can be reported as unknown.
/// </summary>
public sealed class YamlObject
{
    private readonly Dictionary<string, (YamlScalarNode Key, YamlNode Value)> _entries = new(StringComparer.Ordinal);
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    public YamlObject(YamlMappingNode node, YamlSource source)
    {
        Node = node;
        Source = source;
        foreach (var (key, value) in node.Children)
        {
            if (key is YamlScalarNode { Value: { } name } scalarKey)
            {
                if (!_entries.TryAdd(name, (scalarKey, value)))
                {
                    source.Diagnostics.Error(DiagnosticCodes.YamlSyntax, source.At(key), $"The key {SafeText.Quote(name)} appears twice.");
                }
            }
            else
            {
                source.Diagnostics.Error(DiagnosticCodes.WrongType, source.At(key), "A key must be a plain word.");
            }
        }
    }

    public YamlMappingNode Node { get; }

    public YamlSource Source { get; }

    public SourceLocation Location => Source.At(Node);

    public IEnumerable<string> Keys => _entries.Keys;

    public bool Has(string key) => _entries.TryGetValue(key, out var entry) && !IsNull(entry.Value);

    public SourceLocation KeyLocation(string key) =>
        _entries.TryGetValue(key, out var entry) ? Source.At(entry.Key) : Location;

    public SourceLocation ValueLocation(string key) =>
        _entries.TryGetValue(key, out var entry) ? Source.At(entry.Value) : Location;

    /// <summary>
    /// Whether <paramref name="other"/> gives <paramref name="key"/> the same value as this mapping: equal texts
    /// (however quoted), lists and groups of keys. A translation that copies its source's value changes nothing.
    /// </summary>
    public bool SameValue(string key, YamlObject other) =>
        _entries.TryGetValue(key, out var mine) && other._entries.TryGetValue(key, out var theirs) && SameNode(mine.Value, theirs.Value);

    /// <summary>The raw node of a key (marks the key as read), or null when absent or empty.</summary>
    public YamlNode? Get(string key)
    {
        _read.Add(key);
        return _entries.TryGetValue(key, out var entry) && !IsNull(entry.Value) ? entry.Value : null;
    }

    public string? Text(string key)
    {
        var node = Get(key);
        if (node is null) return null;
        if (node is YamlScalarNode scalar) return scalar.Value?.Trim();
        WrongType(key, node, "text");
        return null;
    }

    public string? RequiredText(string key, string what)
    {
        var present = _entries.TryGetValue(key, out var entry);
        var text = Text(key);
        if (!string.IsNullOrWhiteSpace(text)) return text;
        if (!present)
        {
            Source.Diagnostics.Error(DiagnosticCodes.MissingRequired, Location, $"{what} has no '{key}'; it is required.",
                $"Add a line '{key}: …' to the front matter.");
        }
        else if (entry.Value is YamlScalarNode)
        {
            Source.Diagnostics.Error(DiagnosticCodes.MissingRequired, Source.At(entry.Key), $"'{key}' is empty; it is required.");
        }

        return null;
    }

    public int? Integer(string key)
    {
        var node = Get(key);
        if (node is null) return null;
        if (node is YamlScalarNode { Value: { } value } &&
            int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        WrongType(key, node, "a whole number");
        return null;
    }

    public bool? Boolean(string key)
    {
        var node = Get(key);
        if (node is null) return null;
        if (node is YamlScalarNode { Value: { } value })
        {
            switch (value.Trim().ToLowerInvariant())
            {
                case "true" or "yes" or "on": return true;
                case "false" or "no" or "off": return false;
            }
        }

        WrongType(key, node, "true or false");
        return null;
    }

    /// <summary>A list of texts; a single text is accepted as a list of one.</summary>
    public IReadOnlyList<string> TextList(string key)
    {
        var node = Get(key);
        switch (node)
        {
            case null:
                return [];
            case YamlScalarNode { Value: { } single }:
                return string.IsNullOrWhiteSpace(single) ? [] : [single.Trim()];
            case YamlSequenceNode sequence:
                var items = new List<string>();
                foreach (var item in sequence.Children)
                {
                    if (item is YamlScalarNode { Value: { } text }) items.Add(text.Trim());
                    else WrongType(key, item, "text (one entry of a list)");
                }

                return items;
            default:
                WrongType(key, node, "a list of texts");
                return [];
        }
    }

    /// <summary>The entries of a list; each is a mapping or a scalar, for the caller to read.</summary>
    public IReadOnlyList<YamlNode> List(string key)
    {
        var node = Get(key);
        switch (node)
        {
            case null: return [];
            case YamlSequenceNode sequence: return sequence.Children.ToList();
            default:
                WrongType(key, node, "a list (lines starting with '- ')");
                return [];
        }
    }

    public YamlObject? Object(string key)
    {
        var node = Get(key);
        if (node is null) return null;
        if (node is YamlMappingNode mapping) return new YamlObject(mapping, Source);
        WrongType(key, node, "a group of keys");
        return null;
    }

    public LocalDateTimeValue? DateTime(string key)
    {
        var text = Text(key);
        if (text is null) return null;
        if (LocalDateTimeValue.TryParse(text, out var value, out var problem)) return value;
        if (ReportOffset(key, text)) return null;
        Source.Diagnostics.Error(DiagnosticCodes.InvalidDate, ValueLocation(key), $"'{key}' is {problem}.",
            "Write a date as 2024-03-08, or a date and time as 2024-03-08T08:30.");
        return null;
    }

    public TimeOnly? Time(string key)
    {
        var text = Text(key);
        if (text is null) return null;
        if (TimeParser.TryParseTime(text, out var time)) return time;
        if (ReportOffset(key, text)) return null;
        Source.Diagnostics.Error(DiagnosticCodes.InvalidTime, ValueLocation(key), $"'{key}' is {SafeText.Quote(text)}, which is not a time of day.",
            "Write a time as \"09.30\" or \"09:30\", in quotes.");
        return null;
    }

    public TimeSpan? Duration(string key)
    {
        var text = Text(key);
        if (text is null) return null;
        if (TimeParser.TryParseDuration(text, out var duration)) return duration;
        Source.Diagnostics.Error(DiagnosticCodes.InvalidTime, ValueLocation(key), $"'{key}' is {SafeText.Quote(text)}, which is not a duration.",
            "Write a duration as 45m, 2h or 1h30m.");
        return null;
    }

    /// <summary>A time with a UTC offset gets a message of its own: the time is fine, the offset is not wanted.</summary>
    public bool ReportOffset(string key, string text)
    {
        if (!TimeParser.TrySplitOffset(text, out var local, out var offset)) return false;
        Source.Diagnostics.Error(DiagnosticCodes.TimeWithOffset, ValueLocation(key),
            $"'{key}' is {SafeText.Quote(text)}, with a UTC offset ({SafeText.Quote(offset)}); times are written as local times in the event's time zone.",
            $"Write {SafeText.Quote(local)}. If the event is in another time zone, set timeZone on the event, e.g. timeZone: Europe/Helsinki.");
        return true;
    }

    /// <summary>Reports every key that no reader asked for, with the closest known key as a hint.</summary>
    public void ReportUnknownKeys(IReadOnlyCollection<string> known, string what)
    {
        foreach (var (name, entry) in _entries)
        {
            if (_read.Contains(name) || known.Contains(name)) continue;
            var suggestion = Suggestions.Closest(name, known);
            Source.Diagnostics.Error(DiagnosticCodes.UnknownKey, Source.At(entry.Key),
                $"Unknown key {SafeText.Quote(name)} in {what}." + (suggestion is null ? "" : $" Did you mean '{suggestion}'?"),
                suggestion is null ? $"Known keys: {string.Join(", ", known.Order(StringComparer.Ordinal))}." : null);
        }
    }

    public void WrongType(string key, YamlNode node, string expected) =>
        Source.Diagnostics.Error(DiagnosticCodes.WrongType, Source.At(node),
            $"'{key}' should be {expected}, not {Describe(node)}.");

    public static string Describe(YamlNode node) => node switch
    {
        YamlSequenceNode => "a list",
        YamlMappingNode => "a group of keys",
        YamlScalarNode { Value: var v } => SafeText.Quote(v),
        _ => "something else",
    };

    private static bool SameNode(YamlNode a, YamlNode b) => (a, b) switch
    {
        (YamlScalarNode x, YamlScalarNode y) => string.Equals(x.Value?.Trim(), y.Value?.Trim(), StringComparison.Ordinal),
        (YamlSequenceNode x, YamlSequenceNode y) => x.Children.Count == y.Children.Count && x.Children.Zip(y.Children).All(p => SameNode(p.First, p.Second)),
        (YamlMappingNode x, YamlMappingNode y) => x.Children.Count == y.Children.Count &&
            x.Children.All(p => y.Children.TryGetValue(p.Key, out var other) && SameNode(p.Value, other)),
        _ => false,
    };

    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: null or "" or "~" or "null" };
}
