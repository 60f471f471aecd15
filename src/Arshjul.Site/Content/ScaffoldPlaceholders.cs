namespace Arshjul.Site.Content;

/// <summary>
/// The body texts 'arshjul new' writes into new files, one set per language it writes comments in.
/// They live in the library so a check can tell a file whose example text was never replaced.
/// </summary>
public sealed record ScaffoldPlaceholders(string Event, string Item, string Person, string Article, string Page)
{
    public static readonly ScaffoldPlaceholders Swedish = new(
        "Beskriv evenemanget här: vad, för vem och varför.",
        "Beskriv programpunkten här.",
        "Skriv en kort presentation av personen här.",
        "Skriv artikeln här.",
        "Skriv sidans text här.");

    public static readonly ScaffoldPlaceholders Norwegian = new(
        "Beskriv arrangementet her: hva, for hvem og hvorfor.",
        "Beskriv programpunktet her.",
        "Skriv en kort presentasjon av personen her.",
        "Skriv artikkelen her.",
        "Skriv sidens tekst her.");

    public static readonly ScaffoldPlaceholders English = new(
        "Describe the event here: what, for whom and why.",
        "Describe the programme item here.",
        "Write a short bio of the person here.",
        "Write the article here.",
        "Write the page's text here.");

    /// <summary>Every placeholder text, in every language.</summary>
    public static readonly IReadOnlySet<string> All =
        new[] { Swedish, Norwegian, English }.SelectMany(p => new[] { p.Event, p.Item, p.Person, p.Article, p.Page }).ToHashSet(StringComparer.Ordinal);
}
