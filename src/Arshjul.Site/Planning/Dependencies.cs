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

    /// <summary>"sessions:&lt;event&gt;": any session file of the event, for what depends on all of them.</summary>
    public static string Sessions(string eventSlug) => "sessions:" + eventSlug;

    public static IReadOnlySet<string> Of(params string[] keys) => keys.ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// The dependencies of every event, item, person and article of a model, each worked out once and
    /// shared by its pages and calendars in every language. Planners take every model-derived set from here.
    /// Each file's and item's keys are made once, so the sets share their strings: in the dev server, where every
    /// edit plans the whole site again, keys made per set were a fifth of what planning allocated.
    /// </summary>
    public sealed class Index
    {
        private readonly SiteModel _site;
        private readonly Dictionary<ContentDocument, string> _fileKeys = new(ReferenceEqualityComparer.Instance);
        private readonly Dictionary<ProgrammeItem, string[]> _itemKeys = new(ReferenceEqualityComparer.Instance);
        private readonly Dictionary<object, IReadOnlySet<string>> _cache = new(ReferenceEqualityComparer.Instance);

        // An item's calendar is in every language and in its day, room, track and people's calendars: one set for all of them.
        private readonly Dictionary<object, IReadOnlySet<string>> _calendars = new(ReferenceEqualityComparer.Instance);

        // An event's programme is in its programme.ics and its schedule exports, in every language.
        private readonly Dictionary<object, IReadOnlySet<string>> _programmes = new(ReferenceEqualityComparer.Instance);

        private IReadOnlySet<string>? _everyEvent;

        /// <param name="tracked">
        /// False for a build whose plan nobody keeps (the command line's `build` and `check`): every set is then
        /// <see cref="None"/>, since only the dev server compares plans, and at 5,000 items the sets are over a
        /// tenth of a build's memory. A plan made untracked has no snapshot (<see cref="OutputPlan.Snapshot"/>).
        /// </param>
        public Index(SiteModel site, bool tracked = true)
        {
            _site = site;
            IsTracked = tracked;
            if (!tracked) return;
            foreach (var document in site.Documents) _fileKeys[document] = File(document.Path);
            foreach (var item in site.Events.SelectMany(e => e.AllItems))
            {
                _itemKeys[item] = Keys(item.Files)
                    .Append(Item(item))
                    .Concat(item.People.Select(p => p.Person).OfType<Person>().SelectMany(p => Keys(p.Files)))
                    .ToArray();
            }
        }

        public bool IsTracked { get; }

        /// <summary>An event page: the event, its whole programme, everyone in it, articles about it.</summary>
        public IReadOnlySet<string> Of(Event ev) => Get(_cache, ev, () =>
            Set(Keys(ev.Files), ev.AllItems.SelectMany(KeysOf), _site.Articles.Where(a => a.Events.Contains(ev)).SelectMany(a => Keys(a.Files))));

        /// <summary>An item page or calendar: the item and its nested items, their people, and its event's facts.</summary>
        public IReadOnlySet<string> Of(ProgrammeItem item) => Get(_cache, item, () => Set(item.SelfAndDescendants.SelectMany(KeysOf), Keys(item.Event.Files)));

        /// <summary>
        /// An item's own calendar: what its page shows, plus what its stamp counts (CalendarIdentity.LastChange):
        /// any session file of its event when its end, or its top-level ancestor's, is not its own.
        /// </summary>
        public IReadOnlySet<string> OfCalendar(ProgrammeItem item) => Get(_calendars, item, () =>
        {
            var top = item;
            while (top.Parent is not null) top = top.Parent;
            var ofItem = Of(item);
            if (top.EndFrom is EndSource.Declared or EndSource.Duration) return ofItem;
            return Set(ofItem, [Sessions(item.Event.Slug)]);
        });

        /// <summary>A speaker page: the person, and each item they are in with its event's title.</summary>
        public IReadOnlySet<string> Of(Person person) => Get(_cache, person, () =>
            Set(Keys(person.Files), person.Items.SelectMany(i => KeysOf(i).Concat(Keys(i.Event.Files)))));

        public IReadOnlySet<string> Of(Article article) => Get(_cache, article, () => Set(Keys(article.Files), article.Events.SelectMany(e => Keys(e.Files))));

        /// <summary>The event's own calendar (its one VEVENT): only its index files, whatever its programme does.</summary>
        public IReadOnlySet<string> OfEventAlone(Event ev) => Make(() => Set(Keys(ev.Files)));

        /// <summary>
        /// The event's programme.ics: its index files (zone, place, status), every item with its files, time and
        /// people, and any session file (the stamps of items whose end is not their own count them all).
        /// </summary>
        public IReadOnlySet<string> OfProgramme(Event ev) => Get(_programmes, ev, () => Set(Keys(ev.Files), ev.AllItems.SelectMany(KeysOf), [Sessions(ev.Slug)]));

        /// <summary>
        /// A calendar of some of an event's items (a day, room or track): the event's index files (its title names the
        /// calendar), and what each item's own calendar depends on. An item that moves into or out of the group is
        /// counted by the selection, which compares the dependencies before and after an edit.
        /// </summary>
        public IReadOnlySet<string> OfCalendars(Event ev, IEnumerable<ProgrammeItem> items) => Make(() => Set(Keys(ev.Files), items.SelectMany(OfCalendar)));

        /// <summary>A person's calendar: their files (the name names the calendar) and what each of their items' calendars depends on.</summary>
        public IReadOnlySet<string> OfPersonCalendar(Person person, IEnumerable<ProgrammeItem> items) => Make(() => Set(Keys(person.Files), items.SelectMany(OfCalendar)));

        /// <summary>A page showing every event with its programme (my programme): each event's set and the list of events.</summary>
        public IReadOnlySet<string> OfEveryEvent()
        {
            if (!IsTracked) return None;
            lock (_cache) return _everyEvent ??= Set(_site.Events.SelectMany(Of), [AllEvents]);
        }

        private IReadOnlySet<string> Make(Func<IReadOnlySet<string>> make) => IsTracked ? make() : None;

        private IReadOnlySet<string> Get(Dictionary<object, IReadOnlySet<string>> cache, object key, Func<IReadOnlySet<string>> make)
        {
            if (!IsTracked) return None;
            lock (cache)
            {
                if (!cache.TryGetValue(key, out var deps)) cache[key] = deps = make();
                return deps;
            }
        }

        private string[] KeysOf(ProgrammeItem item) => _itemKeys[item];

        private IEnumerable<string> Keys(IEnumerable<ContentDocument> files) =>
            files.Select(f => _fileKeys.TryGetValue(f, out var key) ? key : File(f.Path));

        private static HashSet<string> Set(params IEnumerable<string>[] parts)
        {
            var set = new HashSet<string>(StringComparer.Ordinal);
            foreach (var part in parts) set.UnionWith(part);
            return set;
        }
    }

    /// <summary>
    /// The keys an edit of a file changes, or null when the edit can change anything
    /// (free pages appear in every footer; files outside content/ are site-wide).
    /// </summary>
    public static IReadOnlySet<string>? ChangedBy(string sitePath)
    {
        var where = ContentLoader.ClassifySitePath(sitePath);
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
}
