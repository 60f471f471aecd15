using Arshjul.Site.Content;
using Arshjul.Site.Model;

namespace Arshjul.Site.Planning;

/// <summary>
/// What an output depends on, as keys: "file:&lt;path&gt;" for each content file whose text it shows,
/// "item:&lt;event&gt;/&lt;id&gt;" for each programme item whose computed time it shows (an edit of one item can
/// move the end of the one before it), "sessions:&lt;event&gt;" for any session file of an event (calendar stamps
/// of items whose end is not their own), and "events", "people", "articles" for lists of all of them.
/// The dev server re-renders only the outputs that depend on a key an edit changed.
/// </summary>
public static class Dependencies
{
    public const string AllEvents = "events";
    public const string AllPeople = "people";
    public const string AllArticles = "articles";

    /// <summary>No keys: an output only a full build changes, and every set of an untracked <see cref="Index"/>.</summary>
    public static IReadOnlySet<string> None { get; } = new HashSet<string>();

    public static string File(string sitePath) => "file:" + sitePath;

    public static string Item(ProgrammeItem item) => "item:" + item.Key;

    /// <summary>An event page: the event, its whole programme, everyone in it, articles about it.</summary>
    public static IReadOnlySet<string> OfEvent(SiteModel site, Event ev) =>
        Files(ev.Files)
            .Concat(ev.AllItems.SelectMany(ItemKeys))
            .Concat(site.Articles.Where(a => a.Events.Contains(ev)).SelectMany(a => Files(a.Files)))
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>The event's own calendar (its one VEVENT): only its index files, whatever its programme does.</summary>
    public static IReadOnlySet<string> OfEventAlone(Event ev) => Files(ev.Files).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// The event's programme.ics: its index files (zone, place, status), every item with its files, time and
    /// people, and any session file (the stamps of items whose end is not their own count them all).
    /// </summary>
    public static IReadOnlySet<string> OfProgramme(Event ev) =>
        Files(ev.Files).Concat(ev.AllItems.SelectMany(ItemKeys)).Append(Sessions(ev.Slug)).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// A calendar of some of an event's items (a day, room or track): the event's index files (its title names the
    /// calendar), and what each item's own calendar depends on. An item that moves into or out of the group is
    /// counted by the selection, which compares the dependencies before and after an edit.
    /// </summary>
    public static IReadOnlySet<string> OfCalendars(Event ev, IEnumerable<ProgrammeItem> items, Index index)
    {
        ArgumentNullException.ThrowIfNull(index);
        return Files(ev.Files).Concat(items.SelectMany(index.OfCalendar)).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>A person's calendar: their files (the name names the calendar) and what each of their items' calendars depends on.</summary>
    public static IReadOnlySet<string> OfPersonCalendar(Person person, IEnumerable<ProgrammeItem> items, Index index)
    {
        ArgumentNullException.ThrowIfNull(index);
        return Files(person.Files).Concat(items.SelectMany(index.OfCalendar)).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>An item page or calendar: the item and its nested items, their people, and its event's facts.</summary>
    public static IReadOnlySet<string> OfItem(ProgrammeItem item) =>
        item.SelfAndDescendants.SelectMany(ItemKeys).Concat(Files(item.Event.Files)).ToHashSet(StringComparer.Ordinal);

    /// <summary>"sessions:&lt;event&gt;": any session file of the event, for what depends on all of them.</summary>
    public static string Sessions(string eventSlug) => "sessions:" + eventSlug;

    /// <summary>
    /// An item's own calendar: what its page shows, plus what its stamp counts (CalendarIdentity.LastChange):
    /// any session file of its event when its end, or its top-level ancestor's, is not its own.
    /// </summary>
    public static IReadOnlySet<string> OfItemCalendar(ProgrammeItem item, IReadOnlySet<string> ofItem)
    {
        var top = item;
        while (top.Parent is not null) top = top.Parent;
        if (top.EndFrom is EndSource.Declared or EndSource.Duration) return ofItem;
        return ofItem.Append(Sessions(item.Event.Slug)).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>A speaker page: the person, and each item they are in with its event's title.</summary>
    public static IReadOnlySet<string> OfPerson(Person person) =>
        Files(person.Files)
            .Concat(person.Items.SelectMany(i => ItemKeys(i).Concat(Files(i.Event.Files))))
            .ToHashSet(StringComparer.Ordinal);

    public static IReadOnlySet<string> OfArticle(Article article) =>
        Files(article.Files).Concat(article.Events.SelectMany(e => Files(e.Files))).ToHashSet(StringComparer.Ordinal);

    public static IReadOnlySet<string> Of(params string[] keys) => keys.ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// The dependencies of every event, item, person and article of a model, each worked out once and
    /// shared by its pages and calendars in every language. Planners take every model-derived set from here.
    /// </summary>
    /// <param name="tracked">
    /// False for a build whose plan nobody keeps (the command line's `build` and `check`): every set is then
    /// <see cref="None"/>, since only the dev server compares plans, and at 5,000 items the sets are over a
    /// tenth of a build's memory. A plan made untracked has no snapshot (<see cref="OutputPlan.Snapshot"/>).
    /// </param>
    public sealed class Index(SiteModel site, bool tracked = true)
    {
        private readonly Dictionary<object, IReadOnlySet<string>> _cache = new(ReferenceEqualityComparer.Instance);

        // An item's calendar is in every language and in its day, room, track and people's calendars: one set for all of them.
        private readonly Dictionary<object, IReadOnlySet<string>> _calendars = new(ReferenceEqualityComparer.Instance);

        public bool IsTracked => tracked;

        public IReadOnlySet<string> Of(Event ev) => Get(ev, () => OfEvent(site, ev));

        public IReadOnlySet<string> Of(ProgrammeItem item) => Get(item, () => OfItem(item));

        public IReadOnlySet<string> OfCalendar(ProgrammeItem item) => Get(_calendars, item, () => OfItemCalendar(item, Of(item)));

        public IReadOnlySet<string> Of(Person person) => Get(person, () => OfPerson(person));

        public IReadOnlySet<string> Of(Article article) => Get(article, () => OfArticle(article));

        /// <inheritdoc cref="Dependencies.OfEventAlone"/>
        public IReadOnlySet<string> OfEventAlone(Event ev) => Make(() => Dependencies.OfEventAlone(ev));

        /// <inheritdoc cref="Dependencies.OfProgramme"/>
        public IReadOnlySet<string> OfProgramme(Event ev) => Make(() => Dependencies.OfProgramme(ev));

        /// <inheritdoc cref="Dependencies.OfCalendars"/>
        public IReadOnlySet<string> OfCalendars(Event ev, IEnumerable<ProgrammeItem> items) => Make(() => Dependencies.OfCalendars(ev, items, this));

        /// <inheritdoc cref="Dependencies.OfPersonCalendar"/>
        public IReadOnlySet<string> OfPersonCalendar(Person person, IEnumerable<ProgrammeItem> items) => Make(() => Dependencies.OfPersonCalendar(person, items, this));

        /// <summary>A page showing every event with its programme (my programme): each event's set and the list of events.</summary>
        public IReadOnlySet<string> OfEveryEvent() => Make(() => site.Events.SelectMany(Of).Append(AllEvents).ToHashSet(StringComparer.Ordinal));

        private IReadOnlySet<string> Make(Func<IReadOnlySet<string>> make) => tracked ? make() : None;

        private IReadOnlySet<string> Get(object key, Func<IReadOnlySet<string>> make) => Get(_cache, key, make);

        private IReadOnlySet<string> Get(Dictionary<object, IReadOnlySet<string>> cache, object key, Func<IReadOnlySet<string>> make)
        {
            if (!tracked) return None;
            lock (cache)
            {
                if (!cache.TryGetValue(key, out var deps)) cache[key] = deps = make();
                return deps;
            }
        }
    }

    /// <summary>
    /// The keys an edit of a file changes, or null when the edit can change anything
    /// (free pages appear in every footer; files outside content/ are site-wide).
    /// </summary>
    public static IReadOnlySet<string>? ChangedBy(string sitePath)
    {
        const string prefix = ContentLoader.ContentFolder + "/";
        if (!sitePath.StartsWith(prefix, StringComparison.Ordinal)) return null;
        var where = ContentPath.Classify(sitePath[prefix.Length..]);
        return where?.Kind switch
        {
            ContentKind.Event => Of(File(sitePath), AllEvents),
            ContentKind.Session => Of(File(sitePath), Sessions(where.EventSlug!)),
            ContentKind.Person => Of(File(sitePath), AllPeople),
            ContentKind.Article => Of(File(sitePath), AllArticles),
            _ => null,
        };
    }

    /// <summary>An item's computed place in time and status, to notice items an edit moved without touching their file.</summary>
    public static string Signature(ProgrammeItem item) =>
        $"{item.Start:O}|{item.End:O}|{item.ProgrammeDate:O}|{item.EffectiveStatus}";

    private static IEnumerable<string> ItemKeys(ProgrammeItem item) =>
        Files(item.Files)
            .Append(Item(item))
            .Concat(item.People.Select(p => p.Person).OfType<Person>().SelectMany(p => Files(p.Files)));

    private static IEnumerable<string> Files(IEnumerable<ContentDocument> files) => files.Select(f => File(f.Path));
}
