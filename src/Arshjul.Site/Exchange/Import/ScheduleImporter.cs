using System.Globalization;
using System.Text.RegularExpressions;
using Arshjul.Site.Content;
using Arshjul.Site.Diagnostics;
using Arshjul.Site.Model;

namespace Arshjul.Site.Exchange.Import;

/// <summary>
/// Turns an <see cref="ExchangeSchedule"/> into content files (content model: events/&lt;event&gt;/index.&lt;lang&gt;.md,
/// sessions/&lt;item&gt;.&lt;lang&gt;.md, speakers/&lt;person&gt;.md). Everything is worked out and checked before
/// anything is written: without <see cref="ImportRequest.Force"/> a file that exists stops the import with nothing
/// written. A re-import keeps the slugs: a session file is found again by its <c>guid</c>, a person by their name.
/// </summary>
public static partial class ScheduleImporter
{
    /// <summary>Item ids the event folder uses for its own outputs (content model).</summary>
    private static readonly string[] ReservedItemIds = ["calendars", "print", "programme", "schedule"];

    public static ImportResult Import(ImportRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var plan = Plan(request, out var notes, out var kept);
        var refused = plan.Where(f => f.Exists).Select(f => f.Path).ToList();
        var eventFolder = Path.Combine(request.SiteRoot, "content", "events", request.EventSlug);
        if (Directory.Exists(eventFolder))
        {
            refused.AddRange(Directory.EnumerateFiles(eventFolder, "index.*md")
                .Select(f => $"content/events/{request.EventSlug}/{Path.GetFileName(f)}"));
        }

        refused = refused.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (refused.Count > 0 && !request.Force) return new ImportResult(refused, [], [], [], notes);

        foreach (var file in plan)
        {
            var full = Full(request.SiteRoot, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            var temporary = full + ".import-tmp";
            File.WriteAllText(temporary, file.Text, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            File.Move(temporary, full, overwrite: true);
        }

        return new ImportResult(
            [],
            plan.Where(f => !f.Exists).Select(f => f.Path).ToList(),
            plan.Where(f => f.Exists).Select(f => f.Path).ToList(),
            kept,
            notes);
    }

    private sealed record PlannedFile(string Path, string Text, bool Exists);

    private static List<PlannedFile> Plan(ImportRequest request, out List<string> notes, out List<string> kept)
    {
        var schedule = request.Schedule;
        var options = request.Options;
        notes = [];
        kept = [];
        var talks = schedule.Days.SelectMany(d => d.Talks.Select(t => (Day: d, Talk: t))).OrderBy(p => p.Talk.Start).ThenBy(p => p.Talk.Room, StringComparer.Ordinal).ToList();
        if (talks.Count == 0) throw new ScheduleProblem("The schedule has no talks (no <event> in any day and room).");

        var zone = Zone(schedule, options, talks.Select(p => p.Talk).ToList(), notes);
        var dayChange = DayChange(talks, zone, options.DayChange, notes);
        var local = talks.ToDictionary(p => p.Talk, p => TimeZoneInfo.ConvertTime(p.Talk.Start, zone).DateTime);
        var files = new List<PlannedFile>();
        var baseUrl = ExchangeUrls.Base(schedule.BaseUrl);

        // People: one file per distinct person (by id, else name), slugs from names, a name the site has keeps its file.
        var people = PersonSlugs(request, talks.SelectMany(p => p.Talk.Persons).ToList(), notes, kept, files);

        // Items: slugs from titles, unique in the event; a session file with the talk's guid keeps its slug.
        var sessionsFolder = $"content/events/{request.EventSlug}/sessions";
        var byGuid = ExistingByKey(request.SiteRoot, sessionsFolder, "guid");
        var taken = new HashSet<string>(byGuid.Values, StringComparer.Ordinal);
        var existingSessions = Directory.Exists(Full(request.SiteRoot, sessionsFolder))
            ? Directory.EnumerateFiles(Full(request.SiteRoot, sessionsFolder), "*.md").Select(f => ContentPath.SplitLanguage(Path.GetFileName(f)).Stem).ToHashSet(StringComparer.Ordinal)
            : [];
        var slugs = new Dictionary<ExchangeTalk, string>();
        foreach (var (_, talk) in talks)
        {
            if (byGuid.TryGetValue(talk.Guid.ToString("D"), out var known) && slugs.Values.All(s => s != known))
            {
                slugs[talk] = known;
                continue;
            }

            var wanted = ContentPath.ShortenSlug(ContentPath.SuggestSlug(talk.Title));
            var slug = Unique(wanted, s => taken.Contains(s) || existingSessions.Contains(s) || ReservedItemIds.Contains(s) || DateLike().IsMatch(s));
            if (slug != wanted) notes.Add($"The item '{talk.Title}' is '{slug}': '{wanted}' was taken.");
            taken.Add(slug);
            slugs[talk] = slug;
        }

        foreach (var gone in byGuid.Where(p => talks.All(t => t.Talk.Guid.ToString("D") != p.Key)))
        {
            kept.Add($"{sessionsFolder}/{gone.Value}.*.md (no longer in the schedule: remove it if the item is gone)");
        }

        var untransferred = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (_, talk) in talks)
        {
            var path = $"{sessionsFolder}/{slugs[talk]}.{request.Language}.md";
            files.Add(new PlannedFile(path, Session(talk, local[talk], options.Languages, people, baseUrl, untransferred), File.Exists(Full(request.SiteRoot, path))));
        }

        notes.AddRange(untransferred);

        var first = talks.Min(p => local[p.Talk]);
        var last = talks.Max(p => local[p.Talk] + p.Talk.Duration);
        var eventFile = new YamlWriter().Text("title", schedule.Title).Raw("start", Stamp(first)).Raw("end", Stamp(last));
        if (zone.Id != options.TimeZoneId) eventFile.Raw("timeZone", zone.Id);
        if (dayChange != options.DayChange) eventFile.Raw("dayChange", Quote(dayChange.ToString("HH:mm", CultureInfo.InvariantCulture)));
        var usedRooms = talks.Select(p => p.Talk.Room).ToHashSet(StringComparer.Ordinal);
        var rooms = schedule.Rooms.Select(r => r.Name).Where(usedRooms.Contains).Concat(talks.Select(p => p.Talk.Room)).Distinct(StringComparer.Ordinal).ToList();
        eventFile.Raw("rooms", "[" + string.Join(", ", rooms.Select(YamlWriter.Quote)) + "]");
        var usedTracks = talks.Select(p => p.Talk.Track).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var tracks = schedule.Tracks.Where(t => usedTracks.Contains(t.Name))
            .Concat(talks.Select(p => p.Talk.Track).OfType<string>().Select(t => new ExchangeTrack(t, null)))
            .DistinctBy(t => t.Name, StringComparer.Ordinal)
            .ToList();
        if (tracks.Count > 0)
        {
            eventFile.List("tracks", tracks.Select(t => ExchangeColours.Hex(t.Colour) is { } colour
                ? $"{{ name: {YamlWriter.Quote(t.Name)}, colour: {Quote(colour)} }}"
                : YamlWriter.Quote(t.Name)).ToList());
        }

        var eventPath = $"content/events/{request.EventSlug}/index.{request.Language}.md";
        files.Insert(0, new PlannedFile(eventPath, eventFile.Document(null), File.Exists(Full(request.SiteRoot, eventPath))));
        return files;
    }

    private static string Session(ExchangeTalk talk, DateTime start, IReadOnlyCollection<string> languages, IReadOnlyDictionary<string, string> people, Uri? baseUrl, SortedSet<string> untransferred)
    {
        var yaml = new YamlWriter().Text("title", talk.Title).Text("subtitle", talk.Subtitle).Text("summary", talk.Abstract);
        if (Kind(talk.Type) is { } kind) yaml.Text("kind", kind);
        yaml.Raw("start", Stamp(start));
        if (talk.Duration > TimeSpan.Zero) yaml.Raw("duration", Duration(talk.Duration));
        yaml.Text("room", talk.Room).Text("track", talk.Track);
        if (talk.Language is { } written && LanguageTag.Check(written, languages).Tag is { } language) yaml.Text("language", language);
        else if (talk.Language is not null) untransferred.Add($"The language '{talk.Language}' of '{talk.Title}' is not a language code; left out.");
        var speakers = talk.Persons.Select(p => people[PersonKey(p)]).Distinct(StringComparer.Ordinal).ToList();
        if (speakers.Count > 0) yaml.Raw("speakers", "[" + string.Join(", ", speakers) + "]");
        var materials = new List<string>();
        foreach (var link in talk.Attachments.Concat(talk.Links).DistinctBy(l => l.Url, StringComparer.Ordinal))
        {
            if (IsCarriedUrl(link.Url)) materials.Add($"{{ title: {YamlWriter.Quote(link.Title)}, url: {YamlWriter.Quote(link.Url)} }}");
            else untransferred.Add($"The link '{link.Url}' of '{talk.Title}' is relative and the schedule has no base URL; left out.");
        }

        yaml.List("materials", materials);
        if (talk.Recording is { OptOut: true }) yaml.Raw("recording", "false");
        else if (talk.Recording is { } recording && (recording.Licence is not null || recording.Url is not null))
        {
            var parts = new List<string>();
            if (recording.Url is { } url && IsCarriedUrl(url)) parts.Add("url: " + YamlWriter.Quote(url));
            if (recording.Licence is { } licence) parts.Add("licence: " + YamlWriter.Quote(licence));
            if (parts.Count > 0) yaml.Raw("recording", "{ " + string.Join(", ", parts) + " }");
        }

        yaml.Raw("guid", talk.Guid.ToString("D"));
        if (talk.Url is not null) untransferred.Add("Each talk's page at the source ('url') is not carried over: the item gets its own page here.");
        return yaml.Document(talk.Description is null ? null : AbsoluteLinks(talk.Description, baseUrl));
    }

    private static Dictionary<string, string> PersonSlugs(ImportRequest request, List<ExchangePerson> persons, List<string> notes, List<string> kept, List<PlannedFile> files)
    {
        const string folder = "content/speakers";
        var byName = ExistingByKey(request.SiteRoot, folder, "name");
        var existing = Directory.Exists(Full(request.SiteRoot, folder))
            ? Directory.EnumerateFiles(Full(request.SiteRoot, folder), "*.md").Select(f => ContentPath.SplitLanguage(Path.GetFileName(f)).Stem).ToHashSet(StringComparer.Ordinal)
            : [];
        var slugs = new Dictionary<string, string>(StringComparer.Ordinal);
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var person in persons.DistinctBy(PersonKey))
        {
            var key = PersonKey(person);
            if (byName.TryGetValue(person.Name, out var known) && taken.Add(known))
            {
                slugs[key] = known;
                kept.Add($"{folder}/{known}.md ({person.Name}: the site has this person)");
                continue;
            }

            var wanted = ContentPath.ShortenSlug(ContentPath.SuggestSlug(person.Name));
            var slug = Unique(wanted, s => taken.Contains(s) || existing.Contains(s));
            if (slug != wanted) notes.Add($"{person.Name} is '{slug}': '{wanted}' was taken.");
            taken.Add(slug);
            slugs[key] = slug;
            var path = $"{folder}/{slug}.md";
            var bio = persons.Where(p => PersonKey(p) == key).Select(p => p.Biography).FirstOrDefault(b => !string.IsNullOrWhiteSpace(b));
            files.Add(new PlannedFile(path, new YamlWriter().Text("name", person.Name).Document(bio), File.Exists(Full(request.SiteRoot, path))));
        }

        if (persons.Any(p => p.Url is not null)) notes.Add("People's pages at the source ('url') are not carried over: each person gets a page here.");
        return slugs;
    }

    private static string PersonKey(ExchangePerson person) => person.Guid is { } guid ? guid.ToString("D") : "name:" + person.Name;

    // The schedule's zone when its talks' offsets agree with it; else the site's when they agree with that; the instants stay right either way.
    private static TimeZoneInfo Zone(ExchangeSchedule schedule, Configuration.SiteOptions options, IReadOnlyList<ExchangeTalk> talks, List<string> notes)
    {
        TimeZoneInfo? named = schedule.TimeZone is { } id && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var found) ? found : null;
        bool Fits(TimeZoneInfo zone) => talks.All(t => zone.GetUtcOffset(t.Start.UtcDateTime) == t.Start.Offset);
        if (named is not null && Fits(named)) return named;
        if (Fits(options.TimeZone))
        {
            if (schedule.TimeZone is not null) notes.Add($"The schedule names the time zone '{schedule.TimeZone}', but its times are in the site's ({options.TimeZoneId}): the event uses the site's.");
            return options.TimeZone;
        }

        var zone = named ?? options.TimeZone;
        notes.Add($"The schedule's times have offsets that fit neither its time zone nor the site's; the event uses {zone.Id} (every start is still the same instant).");
        return zone;
    }

    // The site's day change when every talk falls on its schedule day by it; else the day start the schedule gives.
    private static TimeOnly DayChange(List<(ExchangeDay Day, ExchangeTalk Talk)> talks, TimeZoneInfo zone, TimeOnly siteDayChange, List<string> notes)
    {
        var candidates = new[] { siteDayChange }
            .Concat(talks.Select(p => p.Day).Distinct().Select(d => TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(d.Start, zone).DateTime)))
            .Distinct();
        int Misses(TimeOnly change) => talks.Count(p =>
        {
            var start = TimeZoneInfo.ConvertTime(p.Talk.Start, zone).DateTime;
            var date = DateOnly.FromDateTime(start);
            return (TimeOnly.FromDateTime(start) < change ? date.AddDays(-1) : date) != p.Day.Date;
        });
        foreach (var candidate in candidates)
        {
            if (Misses(candidate) == 0) return candidate;
        }

        notes.Add($"{Misses(siteDayChange)} items fall on another programme day by the day-change rule ({siteDayChange:HH\\:mm}) than in the schedule.");
        return siteDayChange;
    }

    private static Dictionary<string, string> ExistingByKey(string siteRoot, string folder, string key)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        var full = Full(siteRoot, folder);
        if (!Directory.Exists(full)) return result;
        foreach (var file in Directory.EnumerateFiles(full, "*.md").Order(StringComparer.Ordinal))
        {
            var front = FrontMatterReader.Read(File.ReadAllText(file), folder + "/" + Path.GetFileName(file), new DiagnosticBag());
            if (front?.Data.Text(key) is { } value) result.TryAdd(value.Trim(), ContentPath.SplitLanguage(Path.GetFileName(file)).Stem);
        }

        return result;
    }

    private static string Unique(string wanted, Func<string, bool> isTaken)
    {
        if (!isTaken(wanted)) return wanted;
        for (var n = 2; ; n++)
        {
            var candidate = $"{wanted}-{n.ToString(CultureInfo.InvariantCulture)}";
            if (!isTaken(candidate)) return candidate;
        }
    }

    private static string? Kind(string type)
    {
        if (string.IsNullOrWhiteSpace(type)) return null;
        var lower = type.Trim().ToLowerInvariant();
        return Kinds.Items.Contains(lower) ? lower : type.Trim();
    }

    private static bool IsCarriedUrl(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" or "mailto";

    // Markdown links written relative to the schedule's site, made absolute: here they would read as links into this site.
    private static string AbsoluteLinks(string markdown, Uri? baseUrl) =>
        baseUrl is null ? markdown : RelativeLink().Replace(markdown, m => "](" + (ExchangeUrls.Absolute(m.Groups["url"].Value, baseUrl) ?? m.Groups["url"].Value) + ")");

    private static string Stamp(DateTime local) => local.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

    private static string Duration(TimeSpan duration)
    {
        var minutes = (long)Math.Round(duration.TotalMinutes);
        var hours = minutes / 60;
        return hours == 0 ? $"{minutes}m" : minutes % 60 == 0 ? $"{hours}h" : $"{hours}h{minutes % 60}m";
    }

    private static string Quote(string value) => YamlWriter.Quote(value);

    private static string Full(string root, string relative) => Path.Combine(root, relative.Replace('/', Path.DirectorySeparatorChar));

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex DateLike();

    [GeneratedRegex(@"\]\((?<url>(?![a-zA-Z][a-zA-Z0-9+.-]*:|#)[^)\s]+)\)")]
    private static partial Regex RelativeLink();
}
