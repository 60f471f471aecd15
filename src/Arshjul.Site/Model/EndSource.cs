namespace Arshjul.Site.Model;

/// <summary>Which rule of the content model's "Times" gave an item its end; calendar stamps depend on it.</summary>
public enum EndSource
{
    /// <summary>No end: pages show the start only, and the VEVENT has no DTEND.</summary>
    None,

    /// <summary>The item's own 'end'.</summary>
    Declared,

    /// <summary>The item's start plus its 'duration'.</summary>
    Duration,

    /// <summary>The start of the next timed item in its lane, or of the next item spanning all lanes, that day.</summary>
    NextItem,

    /// <summary>The event's end: the item is the last of its lane on the event's last day.</summary>
    EventEnd,

    /// <summary>A nested item without a time of its own shares its parent's end.</summary>
    Parent,
}
