using Arshjul.Site.Content;
using Arshjul.Site.Diagnostics;

namespace Arshjul.Site.Model;

/// <summary>
/// One entry of an event's programme: a session file, or an entry (possibly nested) of the
/// event's inline schedule. Declared times are as written; the schedule stage computes the rest.
/// </summary>
public sealed class ProgrammeItem
{
    public required string Id { get; init; }

    public required Event Event { get; init; }

    public ProgrammeItem? Parent { get; init; }

    /// <summary>True for items that have their own file under sessions/.</summary>
    public bool IsFile { get; init; }

    /// <summary>
    /// The files the item is written in: a session file's language files; for an inline entry its event's
    /// index files, or the session file it is nested in. Its calendar stamp counts more (<c>CalendarIdentity</c>).
    /// </summary>
    public required IReadOnlyList<ContentDocument> Files { get => _files; init => _files = value; }

    public required SourceLocation Location { get; init; }

    public required Translations<ItemText> Text { get => _text; init => _text = value; }

    // Timing as written. File items give an absolute start; inline entries a time and a day.
    public LocalDateTimeValue? DeclaredStart { get; init; }

    public TimeOnly? Time { get; init; }

    public int Day { get; init; } = 1;

    public LocalDateTimeValue? DeclaredEnd { get; init; }

    public TimeOnly? EndTime { get; init; }

    public TimeSpan? Duration { get; init; }

    /// <summary>Where the start ('start' or 'time') was written, for warnings about the time.</summary>
    public SourceLocation? StartLocation { get; init; }

    /// <summary>Where the end (or duration) was written, for the end-before-start error.</summary>
    public SourceLocation? EndLocation { get; init; }

    // Computed by the schedule stage, in the event's time zone.
    public DateTime? Start { get; internal set; }

    public DateTime? End { get; internal set; }

    /// <summary>Which rule of the content model's "Times" gave <see cref="End"/>.</summary>
    public EndSource EndFrom { get; internal set; }

    /// <summary>The programme day the item is listed under (after the day-change rule).</summary>
    public DateOnly? ProgrammeDate { get; internal set; }

    public string? Kind { get; init; }

    public string? Room { get; init; }

    public string? Track { get; init; }

    /// <summary>The language the item is given in (a BCP 47 tag, "en" or "en-GB"), when the author wrote one.</summary>
    public string? Language { get; init; }

    /// <summary>
    /// The item is given in the language its source is written in (a talk in English, written in English). Its text is
    /// then in the talk's language by design: pages in other languages show a "given in" badge, not a "not
    /// translated" note, and the translation report does not count it as missing.
    /// </summary>
    public bool IsWrittenInItsLanguage =>
        Language is { } language && string.Equals(language.Split('-')[0], Text.SourceLanguage, StringComparison.Ordinal);

    public IReadOnlyList<PersonRef> Speakers { get; init; } = [];

    public IReadOnlyList<PersonRef> Moderators { get; init; } = [];

    public IReadOnlyList<Material> Materials { get; init; } = [];

    /// <summary>The recording's link and licence, or that there is none by wish; null when the item says nothing.</summary>
    public Recording? Recording { get; init; }

    /// <summary>The status the item sets itself; null when it sets none (even <c>status: scheduled</c> counts as set).</summary>
    public Status? Status { get; init; }

    /// <summary>
    /// The talk's id in the schedule its session file was imported from (<c>guid</c>): schedule.json and schedule.xml
    /// keep it, so an app that holds the imported schedule sees the same talks, not new ones. Null for items of the site's own.
    /// </summary>
    public Guid? ScheduleGuid { get; init; }

    public List<ProgrammeItem> Children { get; } = [];

    /// <summary>
    /// The status pages, calendars and structured data show: the item's own, else its parent's (nested
    /// items inherit it), else scheduled; and when that is scheduled, its event's when the whole event is
    /// cancelled or postponed.
    /// </summary>
    public Status EffectiveStatus =>
        OwnOrInheritedStatus is { } status && status != Model.Status.Scheduled ? status
        : Event.Status is Model.Status.Cancelled or Model.Status.Postponed ? Event.Status
        : Model.Status.Scheduled;

    private Status? OwnOrInheritedStatus => Status ?? Parent?.OwnOrInheritedStatus;

    /// <summary>Items with a file or a description get a page (and an .ics) of their own.</summary>
    public bool HasPage => IsFile || Text.Source.Value.Description is { IsEmpty: false };

    /// <summary>An item without a room or track spans all lanes (breaks, plenaries).</summary>
    public bool SpansAllLanes => Room is null && Track is null;

    /// <summary>The lane an item runs in: its room, else its track.</summary>
    public string? Lane => Room ?? Track;

    public IEnumerable<ProgrammeItem> SelfAndDescendants => Children.SelectMany(c => c.SelfAndDescendants).Prepend(this);

    /// <summary>"&lt;event&gt;/&lt;id&gt;": unique in the site; also the calendar UID's local part.</summary>
    public string Key => Event.Slug + "/" + Id;

    public IEnumerable<PersonRef> People => Speakers.Concat(Moderators);

    // Settable after loading only by Retext: the dev server's text edits (Build/TextEdit) patch a kept model.
    private IReadOnlyList<ContentDocument> _files = null!;
    private Translations<ItemText> _text = null!;

    /// <summary>
    /// Gives a session file's item the texts and files of a new read of the same files, when that read differs
    /// from this item in nothing but its texts (the dev server's text edits, <c>Build.TextEdit</c>).
    /// </summary>
    internal void Retext(Translations<ItemText> text, IReadOnlyList<ContentDocument> files)
    {
        _text = text;
        _files = files;
    }
}
