namespace Arshjul.Site.Model;

/// <summary>
/// A text as a reader of one language gets it: its own translation, or the source's text
/// marked with the language it is really in, so pages can set <c>lang</c> and show a note.
/// </summary>
public sealed record Translated<T>(T Value, string ContentLanguage, bool IsFallback);
