using Arshjul.Site.Content;
using Arshjul.Site.Diagnostics;

namespace Arshjul.Site.Model.Loading;

/// <summary>
/// Checks the 'room' and 'track' of an event's items. Against the event's declared rooms and tracks when
/// it has them: a near miss ('sal C' for 'Sal C') or an unknown name is an error. Without them, spellings
/// that differ only in case or spacing would become separate lanes, so the rarer spelling is warned about.
/// </summary>
internal sealed class LaneCheck(ModelContext context, Event ev)
{
    private readonly List<(string Key, string Name, SourceLocation At)> _undeclared = [];

    /// <summary>"Sal  c " → "sal c": what two spellings of one name have in common.</summary>
    public static string Normalise(string name) =>
        string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();

    /// <param name="key">'room' or 'track'.</param>
    public string? Read(YamlObject data, string key)
    {
        var name = data.Text(key);
        if (name is null) return null;
        var declared = key == "room" ? ev.Rooms.Select(r => r.Name).ToList() : ev.Tracks.Select(t => t.Name).ToList();
        var at = data.ValueLocation(key);
        if (declared.Count == 0)
        {
            _undeclared.Add((key, name, at));
            return name;
        }

        if (declared.Contains(name, StringComparer.Ordinal)) return name;
        var plural = key + "s";
        if (NearMiss(name, declared) is { } match)
        {
            context.Diagnostics.Error(DiagnosticCodes.UndeclaredLane, at,
                $"'{key}' is {SafeText.Quote(name)}, which is not one of the event's {plural}. Did you mean {SafeText.Quote(match)}?",
                $"Write it exactly as under '{plural}' in {ev.Files[0].Path}.");
        }
        else
        {
            context.Diagnostics.Error(DiagnosticCodes.UndeclaredLane, at,
                $"'{key}' is {SafeText.Quote(name)}, which is not one of the event's {plural}: {string.Join(", ", declared.Select(SafeText.Quote))}.",
                $"Correct the name, or add it under '{plural}' in {ev.Files[0].Path}.");
        }

        return name;
    }

    /// <summary>Once every item is read: warns at each use of a spelling that a more common one differs from only in case or spacing.</summary>
    public void ReportSpellings()
    {
        foreach (var group in _undeclared.GroupBy(u => (u.Key, Normalise(u.Name))))
        {
            var spellings = group.GroupBy(u => u.Name, StringComparer.Ordinal).ToList();
            if (spellings.Count < 2) continue;
            var common = spellings.OrderByDescending(s => s.Count()).First();
            var (key, plural) = (group.Key.Key, group.Key.Key + "s");
            foreach (var use in spellings.Where(s => s != common).SelectMany(s => s))
            {
                context.Diagnostics.Warning(DiagnosticCodes.LaneSpelling, use.At,
                    $"'{key}' is {SafeText.Quote(use.Name)} here, but {SafeText.Quote(common.Key)} in {Items(common.Count())} of this event; as written they are two {plural}.",
                    $"Write the {key} the same way everywhere, or list the event's {plural} under '{plural}' in {ev.Files[0].Path} so that each {key} is checked.");
            }
        }
    }

    private static string Items(int count) => count == 1 ? "1 other item" : $"{count} other items";

    // The same name but for case and spacing, else the one name a single letter away; none when that is ambiguous.
    private static string? NearMiss(string name, IReadOnlyList<string> declared)
    {
        var normal = Normalise(name);
        if (declared.FirstOrDefault(d => Normalise(d) == normal) is { } same) return same;
        var close = declared.Where(d => Suggestions.Distance(Normalise(d), normal) <= 1).ToList();
        return close.Count == 1 ? close[0] : null;
    }
}
