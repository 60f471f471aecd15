using System.Globalization;
using Arshjul.Site.Content;
using Arshjul.Site.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Arshjul.Site.Model.Loading;

/// <summary>
/// Reads programme items: session files, and inline schedule entries with their nested items.
/// Inline translations are matched by id, else by position, and may only set texts.
/// </summary>
internal sealed class ItemReader
{
    public static readonly string[] FileKeys =
        ["title", "summary", "subtitle", "kind", "start", "end", "duration", "room", "track", "language", "speakers", "moderators", "materials", "recording", "items", "status", "guid"];

    public static readonly string[] InlineKeys =
        ["title", "id", "description", "summary", "subtitle", "time", "day", "end", "duration", "kind", "room", "track", "language", "speakers", "moderators", "materials", "recording", "items", "status"];

    private static readonly string[] InlineTextKeys = ["id", "title", "description", "summary", "subtitle", "items"];

    private readonly ModelContext _context;
    private readonly Event _event;
    /// <summary>Items in items: a programme needs three or four levels; more is a mistake (or hostile input).</summary>
    public const int MaxItemDepth = 10;

    /// <summary>A year of days: far more than any programme, and far from the dates' limits.</summary>
    public const int MaxDay = 366;

    /// <summary>Ids become folder names and web addresses, as file and folder names do.</summary>
    public const int MaxIdLength = ContentPath.MaxSlugLength;

    /// <summary>
    /// Names the event's folder uses for its own outputs (content model, "Item ids"): programme.ics, the
    /// calendars/ and print/ folders, schedule.json and schedule.xml, and the day pages (yyyy-mm-dd).
    /// An item folder of that name would sit among them and read as one of them.
    /// </summary>
    public static readonly string[] ReservedIds = ["calendars", "print", "programme", "schedule"];

    private const string ReservedIdReason =
        "the event uses that name for its own files and pages (calendars, print, programme, schedule, and yyyy-mm-dd for its programme days)";

    private readonly Dictionary<string, SourceLocation> _ids = new(StringComparer.Ordinal);

    // Each imported talk's guid, where it is written: two items of one event with one guid would be one talk to an app.
    private readonly Dictionary<Guid, SourceLocation> _guids = [];

    // The next suffix to try per base id, so that many same-titled items cost linear time, not quadratic.
    private readonly Dictionary<string, int> _nextSuffix = new(StringComparer.Ordinal);

    public ItemReader(ModelContext context, Event ev)
    {
        _context = context;
        _event = ev;
        Lanes = new LaneCheck(context, ev);
    }

    /// <summary>Checks every item's room and track; its spelling report runs once all items are read.</summary>
    public LaneCheck Lanes { get; }

    /// <summary>Claims an id within the event; a clash with an explicit id is an error.</summary>
    public void Reserve(string id, SourceLocation at)
    {
        if (_ids.TryGetValue(id, out var first))
        {
            _context.Diagnostics.Error(DiagnosticCodes.DuplicateSlug, at,
                $"The id '{id}' is already used in this event, at {first}. Ids must be unique within an event, nested items included.");
            return;
        }

        _ids[id] = at;
    }

    public ProgrammeItem? ReadFile(string slug, IReadOnlyList<ContentDocument> files)
    {
        var source = _context.SourceOf(files);
        var data = source.Data;
        var title = data.RequiredText("title", "The programme item");
        var sourceText = new ItemText(title ?? slug, ModelContext.Body(source), data.Text("summary"), data.Text("subtitle"));
        var text = _context.Translate(files, source, sourceText, (own, fallback) => ReadFileTranslation(own, fallback, data));

        var start = data.DateTime("start");
        if (start is { HasTime: false })
        {
            _context.Diagnostics.Error(DiagnosticCodes.InvalidTime, data.ValueLocation("start"),
                $"'start' is {start}, but a programme item needs a time of day too.", "Write e.g. start: 2024-03-08T09:30.");
            start = null;
        }

        if (IsReservedId(slug))
        {
            _context.Diagnostics.Error(DiagnosticCodes.ReservedName, SourceLocation.StartOf(source.Path),
                $"A programme item cannot be called '{slug}': {ReservedIdReason}. Rename the file, e.g. to '{slug}-info'.");
        }

        var item = NewItem(data, slug, text, files, isFile: true, start: start, guid: ReadGuid(data));
        Reserve(slug, data.Location);
        var childTranslations = files.Where(f => f != source).ToDictionary(f => f.Language!, f => EntryList.Of(f.Data, "items"));
        ReadChildren(item, EntryList.Of(data, "items"), childTranslations);
        data.ReportUnknownKeys(FileKeys, "a programme item");
        return title is null ? null : item;
    }

    /// <summary>Reads the inline schedule of the event's source file, matching translated entries.</summary>
    public IReadOnlyList<ProgrammeItem> ReadSchedule(ContentDocument source, IReadOnlyList<ContentDocument> translations)
    {
        var translated = translations.ToDictionary(t => t.Language!, t => EntryList.Of(t.Data, "schedule"));
        var holder = new List<ProgrammeItem>();
        ReadEntries(EntryList.Of(source.Data, "schedule"), translated, parent: null, holder);
        return holder;
    }

    private void ReadChildren(ProgrammeItem parent, EntryList entries, IReadOnlyDictionary<string, EntryList> translations)
    {
        if (entries.Nodes.Count == 0) return;
        var depth = 1;
        for (var up = parent; up.Parent is not null; up = up.Parent) depth++;
        if (depth >= MaxItemDepth)
        {
            _context.Diagnostics.Error(DiagnosticCodes.NestingLimit, entries.Source.At(entries.Nodes[0]),
                $"Items are nested more than {MaxItemDepth} levels deep here ('items' inside 'items').",
                "A programme needs only a few levels: move these items up, or check the indentation.");
            return;
        }

        ReadEntries(entries, translations, parent, parent.Children);
    }

    private void ReadEntries(EntryList entries, IReadOnlyDictionary<string, EntryList> translations, ProgrammeItem? parent, List<ProgrammeItem> into)
    {
        var translatedObjects = translations.ToDictionary(
            t => t.Key,
            t => t.Value.Nodes.OfType<YamlMappingNode>().Select(n => new YamlObject(n, t.Value.Source)).ToList());
        for (var index = 0; index < entries.Nodes.Count; index++)
        {
            var node = entries.Nodes[index];
            if (node is not YamlMappingNode mapping)
            {
                _context.Diagnostics.Error(DiagnosticCodes.WrongType, entries.Source.At(node),
                    "A schedule entry should be a group of keys (title: …, time: …), not " + YamlObject.Describe(node) + ".");
                continue;
            }

            var data = new YamlObject(mapping, entries.Source);
            var matches = translatedObjects.ToDictionary(t => t.Key, t => Match(t.Value, data, index));
            var item = ReadInline(data, matches, parent);
            if (item is not null) into.Add(item);
        }
    }

    /// <summary>A YAML list of entries and the file it is in.</summary>
    private sealed record EntryList(IReadOnlyList<YamlNode> Nodes, YamlSource Source)
    {
        public static EntryList Of(YamlObject data, string key) => new(data.List(key), data.Source);
    }

    // A translated entry belongs to the source entry with the same id, else to the one at the same position.
    private static YamlObject? Match(List<YamlObject> candidates, YamlObject source, int index)
    {
        static string? IdOf(YamlObject entry) =>
            entry.Node.Children.TryGetValue(new YamlScalarNode("id"), out var node) ? (node as YamlScalarNode)?.Value : null;

        if (IdOf(source) is { } id && candidates.FirstOrDefault(c => IdOf(c) == id) is { } byId) return byId;

        // By position only when the translated entry names no id: one that does belongs to that id's entry.
        return index < candidates.Count && IdOf(candidates[index]) is null ? candidates[index] : null;
    }

    private ProgrammeItem? ReadInline(YamlObject data, IReadOnlyDictionary<string, YamlObject?> translations, ProgrammeItem? parent)
    {
        var title = data.RequiredText("title", "A schedule entry");
        var explicitId = data.Text("id");
        var id = explicitId is not null ? CheckId(explicitId, data) : UniqueId(Shorten(ContentPath.SuggestSlug(title ?? "item")));
        if (explicitId is not null && IsReservedId(id))
        {
            _context.Diagnostics.Error(DiagnosticCodes.ReservedName, data.ValueLocation("id"),
                $"The id '{id}' cannot be used: {ReservedIdReason}. Choose another, e.g. '{id}-info'.");
        }

        if (explicitId is not null) Reserve(id, data.ValueLocation("id"));

        var sourceText = new ItemText(title ?? id, ReadDescription(data), data.Text("summary"), data.Text("subtitle"));
        var byLanguage = new Dictionary<string, Translated<ItemText>>(StringComparer.Ordinal);
        var sourceLanguage = _event.Text.SourceLanguage;
        foreach (var language in _context.Options.Languages)
        {
            var own = translations.GetValueOrDefault(language);
            byLanguage[language] = own is null
                ? new Translated<ItemText>(sourceText, sourceLanguage, language != sourceLanguage)
                : new Translated<ItemText>(ReadInlineTranslation(own, sourceText, data), language, false);
        }

        var day = data.Integer("day") ?? 1;
        if (day < 1)
        {
            _context.Diagnostics.Error(DiagnosticCodes.InvalidValue, data.ValueLocation("day"), $"'day' is {day}; the first day of the event is day 1.");
            day = 1;
        }
        else if (day > MaxDay)
        {
            _context.Diagnostics.Error(DiagnosticCodes.InvalidValue, data.ValueLocation("day"),
                $"'day' is {day}; an event's programme can have at most {MaxDay} days.", "Count the days from the event's first day, which is day 1.");
            day = 1;
        }

        // An entry is written in its parent's file: the event's index, or the session file it is nested in.
        var item = NewItem(data, id, new Translations<ItemText>(byLanguage, sourceLanguage), parent?.Files ?? _event.Files, parent, time: data.Time("time"), day: day);

        var childTranslations = translations.Where(t => t.Value is not null).ToDictionary(t => t.Key, t => EntryList.Of(t.Value!, "items"));
        ReadChildren(item, EntryList.Of(data, "items"), childTranslations);
        data.ReportUnknownKeys(InlineKeys, "a schedule entry");
        return title is null ? null : item;
    }

    /// <summary>Reads the keys file items and inline entries share, the same way for both.</summary>
    private ProgrammeItem NewItem(
        YamlObject data,
        string id,
        Translations<ItemText> text,
        IReadOnlyList<ContentDocument> files,
        ProgrammeItem? parent = null,
        bool isFile = false,
        LocalDateTimeValue? start = null,
        TimeOnly? time = null,
        int day = 1,
        Guid? guid = null)
    {
        var (declaredEnd, endTime) = ReadEnd(data);
        return new ProgrammeItem
        {
            Id = id,
            Event = _event,
            Parent = parent,
            IsFile = isFile,
            Files = files,
            Location = data.Location,
            Text = text,
            DeclaredStart = start,
            Time = time,
            Day = day,
            DeclaredEnd = declaredEnd,
            EndTime = endTime,
            Duration = data.Duration("duration"),
            StartLocation = StartLocation(data),
            EndLocation = EndLocation(data),
            Kind = _context.ReadKind(data),
            Room = Lanes.Read(data, "room"),
            Track = Lanes.Read(data, "track"),
            Language = _context.ReadLanguage(data),
            Speakers = _context.ReadPeople(data, "speakers"),
            Moderators = _context.ReadPeople(data, "moderators"),
            Materials = ReadMaterials(data),
            Recording = ReadRecording(data),
            Status = _context.ReadStatus(data),
            ScheduleGuid = guid,
        };
    }

    /// <summary>A session file's <c>guid</c> (written by <c>arshjul import</c>): a UUID, and one talk's alone within the event.</summary>
    private Guid? ReadGuid(YamlObject data)
    {
        if (data.Text("guid") is not { } written) return null;
        var at = data.ValueLocation("guid");
        if (!Guid.TryParse(written.Trim(), out var guid))
        {
            _context.Diagnostics.Error(DiagnosticCodes.InvalidValue, at,
                $"'guid' is {SafeText.Quote(written)}, which is not a UUID.",
                "It is the talk's id in the schedule it was imported from, e.g. guid: 3f2504e0-4f89-11d3-9a0c-0305e82c3301. Remove the line for a talk of your own.");
            return null;
        }

        if (_guids.TryGetValue(guid, out var first))
        {
            _context.Diagnostics.Error(DiagnosticCodes.DuplicateGuid, at,
                $"The guid {guid:D} is also the guid of the item at {first}; schedule apps would take the two for one talk.",
                "A session file copied from an imported one keeps its guid: remove the 'guid' line from the copy.");
            return null;
        }

        _guids[guid] = at;
        return guid;
    }

    private ItemText ReadInlineTranslation(YamlObject own, ItemText fallback, YamlObject source)
    {
        var text = new ItemText(own.Text("title") ?? fallback.Title, ReadDescription(own) ?? fallback.Description, own.Text("summary") ?? fallback.Summary, own.Text("subtitle") ?? fallback.Subtitle);
        foreach (var key in own.Keys.Where(k => !InlineTextKeys.Contains(k) && InlineKeys.Contains(k)).ToList())
        {
            own.Get(key);
            if (own.SameValue(key, source)) continue;
            _context.Diagnostics.Warning(DiagnosticCodes.TranslationSetsFixedKey, own.KeyLocation(key),
                $"A translated schedule entry sets '{key}', which is taken from the source language; only id, title, summary, subtitle and description are read here.");
        }

        own.ReportUnknownKeys(InlineKeys, "a schedule entry");
        return text;
    }

    private ItemText ReadFileTranslation(ContentDocument own, ItemText fallback, YamlObject sourceData)
    {
        var data = own.Data;
        var text = new ItemText(data.Text("title") ?? fallback.Title, ModelContext.Body(own) ?? fallback.Description, data.Text("summary") ?? fallback.Summary, data.Text("subtitle") ?? fallback.Subtitle);
        foreach (var key in data.Keys.Where(k => k is not "title" and not "summary" and not "subtitle" and not "items" && FileKeys.Contains(k)).ToList())
        {
            data.Get(key);
            if (data.SameValue(key, sourceData)) continue;
            _context.Diagnostics.Warning(DiagnosticCodes.TranslationSetsFixedKey, data.KeyLocation(key),
                $"A translation sets '{key}', which is taken from the source file; a translation only sets texts (title, summary, subtitle and the body).");
        }

        data.ReportUnknownKeys(FileKeys, "a programme item");
        return text;
    }

    private MarkdownText? ReadDescription(YamlObject data)
    {
        var text = data.Text("description");
        return string.IsNullOrWhiteSpace(text) ? null : new MarkdownText(text, data.Source.Path, data.ValueLocation("description").Line);
    }

    /// <summary>
    /// An id from a long title is cut at a word boundary to <see cref="MaxIdLength"/> characters:
    /// it becomes a folder name and part of a web address, which must stay short enough for every file system.
    /// </summary>
    private static string Shorten(string slug) => ContentPath.ShortenSlug(slug);

    /// <summary>See <see cref="ReservedIds"/>; any name shaped like a date counts, a real date or not.</summary>
    public static bool IsReservedId(string id) =>
        ReservedIds.Contains(id, StringComparer.Ordinal)
        || (id.Length == 10 && id[4] == '-' && id[7] == '-' && id.Where((c, i) => i is not (4 or 7)).All(char.IsAsciiDigit));

    private string CheckId(string id, YamlObject data)
    {
        if (id.Length > MaxIdLength)
        {
            var shorter = Shorten(ContentPath.SuggestSlug(id));
            _context.Diagnostics.Error(DiagnosticCodes.IdTooLong, data.ValueLocation("id"),
                $"The id is {id.Length} characters long; an id can have at most {MaxIdLength}. Try '{shorter}'.");
            return shorter;
        }

        if (ContentPath.IsValidSlug(id)) return id;
        var suggestion = ContentPath.SuggestSlug(id);
        _context.Diagnostics.Error(DiagnosticCodes.InvalidSlug, data.ValueLocation("id"),
            $"The id {SafeText.Quote(id)} cannot be used in a web address; use lower-case letters a–z, digits and '-'. Try {SafeText.Quote(suggestion)}.");
        return suggestion;
    }

    private string UniqueId(string baseId)
    {
        var id = baseId;
        var n = _nextSuffix.GetValueOrDefault(baseId, 2);
        // A title such as "Program" gives "program", but "Programme" would give a reserved id: it takes a suffix instead.
        for (; _ids.ContainsKey(id) || IsReservedId(id); n++) id = string.Create(CultureInfo.InvariantCulture, $"{baseId}-{n}");
        _nextSuffix[baseId] = n;
        _ids[id] = _event.Location;
        return id;
    }

    /// <summary>'end' may be a date-time, or a time of day on the item's own date.</summary>
    private (LocalDateTimeValue? DateTime, TimeOnly? Time) ReadEnd(YamlObject data)
    {
        var text = data.Text("end");
        if (text is null) return (null, null);
        if (TimeParser.TryParseTime(text, out var time)) return (null, time);
        if (LocalDateTimeValue.TryParse(text, out var value, out var problem) && value.HasTime) return (value, null);
        if (data.ReportOffset("end", text)) return (null, null);
        _context.Diagnostics.Error(DiagnosticCodes.InvalidTime, data.ValueLocation("end"),
            $"'end' is {(problem.Length > 0 ? problem : SafeText.Quote(text))}; write a time such as \"10.30\" or a date and time such as 2024-03-08T10:30.");
        return (null, null);
    }

    private static SourceLocation? StartLocation(YamlObject data) =>
        data.Has("start") ? data.ValueLocation("start") : data.Has("time") ? data.ValueLocation("time") : null;

    private static SourceLocation? EndLocation(YamlObject data) =>
        data.Has("end") ? data.ValueLocation("end") : data.Has("duration") ? data.ValueLocation("duration") : null;

    /// <summary><c>recording: { url, licence }</c> or <c>recording: false</c>; its URL follows the rule for every author URL.</summary>
    private Recording? ReadRecording(YamlObject data)
    {
        switch (data.Get("recording"))
        {
            case null:
                return null;
            case YamlScalarNode { Value: { } value } when value.Trim().ToLowerInvariant() is "false" or "no" or "off":
                return Recording.Declined;
            case YamlMappingNode:
                var map = data.Object("recording")!;
                map.ReportUnknownKeys(["url", "licence"], "'recording'");
                var url = map.Text("url");
                if (url is not null && AuthorUrls.Check(url, map.ValueLocation("url"), _context.Diagnostics))
                {
                    _context.CheckStaticFile(url, "url", map.ValueLocation("url"));
                }
                else
                {
                    url = null;
                }

                return new Recording(url, map.Text("licence"), IsDeclined: false);
            case var other:
                data.WrongType("recording", other, "{ url, licence } or false");
                return null;
        }
    }

    private IReadOnlyList<Material> ReadMaterials(YamlObject data)
    {
        var result = new List<Material>();
        foreach (var node in data.List("materials"))
        {
            if (node is not YamlMappingNode mapping)
            {
                data.WrongType("materials", node, "{ title, url }");
                continue;
            }

            var entry = new YamlObject(mapping, data.Source);
            var title = entry.RequiredText("title", "A material");
            var url = entry.RequiredText("url", "A material");
            entry.ReportUnknownKeys(["title", "url"], "a material");
            if (title is null || url is null || !AuthorUrls.Check(url, entry.ValueLocation("url"), _context.Diagnostics)) continue;
            _context.CheckStaticFile(url, "url", entry.ValueLocation("url"));
            result.Add(new Material(title, url));
        }

        return result;
    }
}
