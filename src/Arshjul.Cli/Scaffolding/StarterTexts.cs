namespace Arshjul.Cli.Scaffolding;

/// <summary>
/// The words of a new site made by `arshjul init`, in one language: the comments of site.yml, the
/// example event with its short programme, and the accessibility statement. Real sentences, not
/// placeholders, so a new site builds without warnings; languages other than these get English.
/// </summary>
internal sealed record StarterTexts
{
    public required string SiteTitle { get; init; }

    public required string SiteComment { get; init; }

    public required string TitleComment { get; init; }

    public required string BaseUrlComment { get; init; }

    public required string LanguagesComment { get; init; }

    public required string TimeZoneComment { get; init; }

    /// <summary>The example event's folder name, after its year.</summary>
    public required string EventSlug { get; init; }

    public required string EventTitle { get; init; }

    public required string EventSummary { get; init; }

    public required string EventPlace { get; init; }

    public required string EventBody { get; init; }

    public required string ScheduleComment { get; init; }

    public required string ItemWelcome { get; init; }

    public required string ItemTalk { get; init; }

    public required string ItemBreak { get; init; }

    public required string ItemGroups { get; init; }

    /// <summary>The accessibility statement's file name, the same in every language (the default language's).</summary>
    public required string StatementSlug { get; init; }

    public required string StatementTitle { get; init; }

    public required string StatementSummary { get; init; }

    public required string StatementBody { get; init; }

    public static StarterTexts For(string language) => language switch
    {
        "sv" => Swedish,
        "nb" or "nn" => Norwegian,
        _ => English,
    };

    private static readonly StarterTexts Swedish = new()
    {
        SiteTitle = "Våra möten",
        SiteComment = "Inställningar för hela webbplatsen. Rader som börjar med # är kommentarer.",
        TitleComment = "Webbplatsens namn, per språk (eller en text för alla språk).",
        BaseUrlComment = "Adressen där webbplatsen publiceras, med / på slutet. Kalenderfiler, webbplatskartan och flödena använder den.\n"
            + "Byt den innan du publicerar, t.ex. https://www.example.org/moten/ (arbetsflödena för GitHub Pages och GitLab Pages sätter den själva).",
        LanguagesComment = "Webbplatsens språk; det första är standardspråket.",
        TimeZoneComment = "Evenemangens tidszon (ett IANA-namn); ett evenemang kan ange en egen.",
        EventSlug = "exempelmote",
        EventTitle = "Exempelmöte",
        EventSummary = "Ett exempel på ett möte med ett kort program. Ändra det eller ta bort mappen.",
        EventPlace = "Stadshuset",
        EventBody = "Ett halvdagsmöte där vi går igenom läget och samtalar i grupper.\n\n"
            + "Den här texten och programmet ovanför den finns i content/events/. Ändra dem, spara, och se sidan uppdateras i `arshjul serve`.",
        ScheduleComment = "Ett kort program: tiden räknas från dagen i start; varje punkt slutar när nästa börjar, om den inte har duration.",
        ItemWelcome = "Välkomna och kaffe",
        ItemTalk = "Läget i regionen",
        ItemBreak = "Fika",
        ItemGroups = "Samtal i grupper",
        StatementSlug = "tillganglighet",
        StatementTitle = "Tillgänglighet",
        StatementSummary = "Hur tillgänglig webbplatsen är och vart du vänder dig om något inte fungerar.",
        StatementBody = """
            Vi vill att alla ska kunna använda den här webbplatsen. Den är byggd för att uppfylla
            WCAG 2.1 på nivå AA: sidorna fungerar utan JavaScript, med tangentbord och med skärmläsare,
            och texten går att förstora.

            ## Om något inte fungerar

            Skriv till oss på [info@example.org](mailto:info@example.org) och berätta vilken sida det gäller
            och vad som inte fungerar. Vi svarar inom två arbetsdagar.

            ## Tillsyn

            Digitaliseringsmyndigheten (DIGG) har tillsyn över lagen om tillgänglighet till digital
            offentlig service. Är du inte nöjd med vårt svar kan du [anmäla det till DIGG](https://www.digg.se/).
            """,
    };

    private static readonly StarterTexts Norwegian = new()
    {
        SiteTitle = "Våre møter",
        SiteComment = "Innstillinger for hele nettstedet. Linjer som begynner med # er kommentarer.",
        TitleComment = "Navnet på nettstedet, per språk (eller én tekst for alle språk).",
        BaseUrlComment = "Adressen der nettstedet publiseres, med / til slutt. Kalenderfiler, nettstedskartet og feedene bruker den.\n"
            + "Bytt den før du publiserer, f.eks. https://www.example.org/moter/ (arbeidsflytene for GitHub Pages og GitLab Pages setter den selv).",
        LanguagesComment = "Nettstedets språk; det første er standardspråket.",
        TimeZoneComment = "Tidssonen for arrangementene (et IANA-navn); et arrangement kan angi sin egen.",
        EventSlug = "eksempelmote",
        EventTitle = "Eksempelmøte",
        EventSummary = "Et eksempel på et møte med et kort program. Endre det eller slett mappen.",
        EventPlace = "Rådhuset",
        EventBody = "Et halvdagsmøte der vi går gjennom situasjonen og samtaler i grupper.\n\n"
            + "Denne teksten og programmet over den ligger i content/events/. Endre dem, lagre, og se siden oppdateres i `arshjul serve`.",
        ScheduleComment = "Et kort program: tiden regnes fra dagen i start; hvert punkt slutter når det neste begynner, om det ikke har duration.",
        ItemWelcome = "Velkommen og kaffe",
        ItemTalk = "Situasjonen i regionen",
        ItemBreak = "Pause",
        ItemGroups = "Samtaler i grupper",
        StatementSlug = "tilgjengelighet",
        StatementTitle = "Tilgjengelighet",
        StatementSummary = "Hvor tilgjengelig nettstedet er, og hvor du henvender deg hvis noe ikke fungerer.",
        StatementBody = """
            Vi vil at alle skal kunne bruke dette nettstedet. Det er laget for å oppfylle WCAG 2.1 på
            nivå AA: sidene fungerer uten JavaScript, med tastatur og med skjermleser, og teksten kan
            forstørres.

            ## Hvis noe ikke fungerer

            Skriv til oss på [info@example.org](mailto:info@example.org) og fortell hvilken side det gjelder
            og hva som ikke fungerer. Vi svarer innen to arbeidsdager.

            ## Tilsyn

            Tilsynet for universell utforming av ikt (Uu-tilsynet) fører tilsyn med kravene. Er du ikke
            fornøyd med svaret vårt, kan du [kontakte Uu-tilsynet](https://www.uutilsynet.no/).
            """,
    };

    private static readonly StarterTexts English = new()
    {
        SiteTitle = "Our meetings",
        SiteComment = "Settings for the whole site. Lines starting with # are comments.",
        TitleComment = "The site's name, per language (or one text for all languages).",
        BaseUrlComment = "The address where the site will be published, ending in /. Calendar files, the sitemap and the feeds use it.\n"
            + "Change it before you publish, e.g. https://www.example.org/meetings/ (the GitHub Pages and GitLab Pages workflows set it themselves).",
        LanguagesComment = "The site's languages; the first is the default.",
        TimeZoneComment = "The events' time zone (an IANA name); an event may set its own.",
        EventSlug = "example-meeting",
        EventTitle = "Example meeting",
        EventSummary = "An example of a meeting with a short programme. Change it or delete its folder.",
        EventPlace = "City hall",
        EventBody = "A half-day meeting where we review where things stand and talk in groups.\n\n"
            + "This text and the programme above it are in content/events/. Change them, save, and watch the page update in `arshjul serve`.",
        ScheduleComment = "A short programme: times count from the day of start; each item ends when the next begins, unless it has a duration.",
        ItemWelcome = "Welcome and coffee",
        ItemTalk = "Where the region stands",
        ItemBreak = "Break",
        ItemGroups = "Talks in groups",
        StatementSlug = "accessibility",
        StatementTitle = "Accessibility",
        StatementSummary = "How accessible this site is, and whom to contact when something does not work.",
        StatementBody = """
            We want everyone to be able to use this site. It is built to meet WCAG 2.1 at level AA:
            its pages work without JavaScript, with a keyboard and with a screen reader, and the text
            can be enlarged.

            ## When something does not work

            Write to us at [info@example.org](mailto:info@example.org) and tell us which page it is and
            what does not work. We answer within two working days.
            """,
    };
}
