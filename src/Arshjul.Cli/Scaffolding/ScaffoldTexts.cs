using Arshjul.Site.Content;

namespace Arshjul.Cli.Scaffolding;

/// <summary>
/// The comments and placeholder texts of new content files, in the language the file is written in,
/// so a communicator reads instructions in the language they are writing. Other languages get English.
/// </summary>
internal sealed record ScaffoldTexts
{
    public required string Comments { get; init; }

    public required string EventTitle { get; init; }

    public required string EventStart { get; init; }

    public required string EventEnd { get; init; }

    public required string EventKind { get; init; }

    public required string EventLocation { get; init; }

    public required string Summary { get; init; }

    public required string EventSchedule { get; init; }

    public required string EventScheduleExample { get; init; }

    public required string ItemTitle { get; init; }

    public required string ItemStart { get; init; }

    public required string ItemDuration { get; init; }

    public required string ItemRoom { get; init; }

    public required string ItemSpeakers { get; init; }

    public required string PersonName { get; init; }

    public required string PersonOrganisation { get; init; }

    public required string PersonPhoto { get; init; }

    public required string ArticleTitle { get; init; }

    public required string ArticleEvents { get; init; }

    public required string PageTitle { get; init; }

    public required string PageSummary { get; init; }

    /// <summary>The example body texts, kept in the library so 'check' can warn about them.</summary>
    public required ScaffoldPlaceholders Placeholders { get; init; }

    /// <summary>{0} is the file this one translates.</summary>
    public required string Translation { get; init; }

    public required string PersonTranslation { get; init; }

    public static ScaffoldTexts For(string language) => language switch
    {
        "sv" => Swedish,
        "nb" or "nn" or "no" => Norwegian,
        _ => English,
    };

    private static readonly ScaffoldTexts Swedish = new()
    {
        Placeholders = ScaffoldPlaceholders.Swedish,
        Comments = "Rader som börjar med # är kommentarer och syns inte på webbplatsen. Ta bort # för att använda en rad.",
        EventTitle = "Evenemangets namn, som det visas på webbplatsen (obligatoriskt).",
        EventStart = "Start: datum och tid (2024-03-08T09:00), eller bara datum (2024-03-08) för en heldag (\"save the date\").",
        EventEnd = "Slut, skrivet som start:",
        EventKind = "Typ: conference, workshop, meeting, seminar, webinar, internat eller en egen text.",
        EventLocation = "Plats: en text, eller name, address, city, url (och online: true för ett digitalt evenemang).",
        Summary = "En eller två meningar för listor, flöden och kalendrar.",
        EventSchedule = "Ett kort program kan skrivas här; ett längre som filer under sessions/ (arshjul new session).",
        EventScheduleExample = "Välkomna",
        ItemTitle = "Programpunktens rubrik (obligatoriskt).",
        ItemStart = "Start: datum och tid. Utan start visas punkten som \"tid meddelas senare\".",
        ItemDuration = "Längd (45m, 1h30m), eller end: med datum och tid.",
        ItemRoom = "Lokal:",
        ItemSpeakers = "Talare: filnamn under content/speakers/ (utan .md), eller { name: …, organisation: … }.",
        PersonName = "Personens namn (obligatoriskt).",
        PersonOrganisation = "Organisation och roll:",
        PersonPhoto = "Foto: en sökväg under static/, t.ex. /bilder/namn.jpg",
        ArticleTitle = "Rubrik (obligatoriskt). Datumet tas från filnamnet.",
        ArticleEvents = "Evenemang som artikeln handlar om (mappnamn under content/events/):",
        PageTitle = "Sidans rubrik (obligatoriskt).",
        PageSummary = "En mening som beskriver sidan, för sökmotorer och delningar.",
        Translation = "Översättning av {0}: skriv bara texterna (title, summary och texten nedan). Tider, platser och allt annat tas från den filen.",
        PersonTranslation = "Presentation på svenska för {0}. Här kan också name, role och organisation skrivas om de skiljer sig.",
    };

    private static readonly ScaffoldTexts Norwegian = new()
    {
        Placeholders = ScaffoldPlaceholders.Norwegian,
        Comments = "Linjer som begynner med # er kommentarer og vises ikke på nettstedet. Fjern # for å bruke en linje.",
        EventTitle = "Navnet på arrangementet, slik det vises på nettstedet (påkrevd).",
        EventStart = "Start: dato og klokkeslett (2024-03-08T09:00), eller bare dato (2024-03-08) for en heldag (\"save the date\").",
        EventEnd = "Slutt, skrevet som start:",
        EventKind = "Type: conference, workshop, meeting, seminar, webinar, internat eller en egen tekst.",
        EventLocation = "Sted: en tekst, eller name, address, city, url (og online: true for et digitalt arrangement).",
        Summary = "En eller to setninger til lister, feeder og kalendere.",
        EventSchedule = "Et kort program kan skrives her; et lengre som filer under sessions/ (arshjul new session).",
        EventScheduleExample = "Velkommen",
        ItemTitle = "Tittelen på programpunktet (påkrevd).",
        ItemStart = "Start: dato og klokkeslett. Uten start vises punktet som \"tid kommer\".",
        ItemDuration = "Varighet (45m, 1h30m), eller end: med dato og klokkeslett.",
        ItemRoom = "Rom:",
        ItemSpeakers = "Foredragsholdere: filnavn under content/speakers/ (uten .md), eller { name: …, organisation: … }.",
        PersonName = "Personens navn (påkrevd).",
        PersonOrganisation = "Organisasjon og rolle:",
        PersonPhoto = "Bilde: en sti under static/, f.eks. /bilder/navn.jpg",
        ArticleTitle = "Tittel (påkrevd). Datoen hentes fra filnavnet.",
        ArticleEvents = "Arrangementer artikkelen handler om (mappenavn under content/events/):",
        PageTitle = "Sidens tittel (påkrevd).",
        PageSummary = "En setning som beskriver siden, for søkemotorer og deling.",
        Translation = "Oversettelse av {0}: skriv bare tekstene (title, summary og teksten under). Tider, steder og alt annet hentes fra den filen.",
        PersonTranslation = "Presentasjon på norsk for {0}. Her kan også name, role og organisation skrives hvis de er annerledes.",
    };

    private static readonly ScaffoldTexts English = new()
    {
        Placeholders = ScaffoldPlaceholders.English,
        Comments = "Lines starting with # are comments and do not appear on the site. Remove the # to use a line.",
        EventTitle = "The event's name, as the site shows it (required).",
        EventStart = "Start: date and time (2024-03-08T09:00), or only a date (2024-03-08) for an all-day \"save the date\".",
        EventEnd = "End, written like start:",
        EventKind = "Kind: conference, workshop, meeting, seminar, webinar, internat or your own text.",
        EventLocation = "Location: a text, or name, address, city, url (and online: true for a digital event).",
        Summary = "One or two sentences for lists, feeds and calendars.",
        EventSchedule = "A short programme can be written here; a longer one as files under sessions/ (arshjul new session).",
        EventScheduleExample = "Welcome",
        ItemTitle = "The programme item's title (required).",
        ItemStart = "Start: date and time. Without a start the item is listed as \"time to be announced\".",
        ItemDuration = "Duration (45m, 1h30m), or end: with a date and time.",
        ItemRoom = "Room:",
        ItemSpeakers = "Speakers: file names under content/speakers/ (without .md), or { name: …, organisation: … }.",
        PersonName = "The person's name (required).",
        PersonOrganisation = "Organisation and role:",
        PersonPhoto = "Photo: a path under static/, e.g. /images/name.jpg",
        ArticleTitle = "Title (required). The date comes from the file name.",
        ArticleEvents = "Events the article is about (folder names under content/events/):",
        PageTitle = "The page's title (required).",
        PageSummary = "One sentence describing the page, for search engines and sharing.",
        Translation = "Translation of {0}: write only the texts (title, summary and the text below). Times, places and everything else come from that file.",
        PersonTranslation = "English bio for {0}. You may also set name, role and organisation here when they differ.",
    };
}
