namespace Arshjul.Site.Calendar;

/// <summary>One calendar file to write: its site path, its language, and how to make its text.</summary>
public sealed record CalendarOutput(string Path, string Language, Func<string> Render);
