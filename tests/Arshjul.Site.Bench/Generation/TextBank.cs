namespace Arshjul.Site.Bench.Generation;

/// <summary>Short texts in Swedish, Norwegian and English, parallel by index, to assemble titles and bodies from.</summary>
public static class TextBank
{
    public readonly record struct Text(string Sv, string Nb, string En)
    {
        public string In(string lang) => lang switch { "nb" => Nb, "en" => En, _ => Sv };
    }

    public static readonly Text[] Topics =
    [
        new("Kompetensförsörjning i hela länet", "Kompetansetilgang i hele fylket", "Skills supply across the county"),
        new("Smart specialisering i praktiken", "Smart spesialisering i praksis", "Smart specialisation in practice"),
        new("Grön omställning och nya jobb", "Grønn omstilling og nye jobber", "Green transition and new jobs"),
        new("Digital infrastruktur på landsbygden", "Digital infrastruktur i distriktene", "Digital infrastructure in rural areas"),
        new("Unga som stannar", "Unge som blir", "Young people who stay"),
        new("Besöksnäringen efter pandemin", "Reiselivet etter pandemien", "Tourism after the pandemic"),
        new("Attraktiva kommuner", "Attraktive kommuner", "Attractive municipalities"),
        new("Samverkan över länsgränser", "Samarbeid over fylkesgrensene", "Cooperation across county borders"),
        new("Uppföljning som lärande", "Oppfølging som læring", "Follow-up as learning"),
        new("Jämställd regional tillväxt", "Likestilt regional vekst", "Gender-equal regional growth"),
        new("Kollektivtrafik och arbetsmarknadsregioner", "Kollektivtransport og arbeidsmarkedsregioner", "Public transport and labour market regions"),
        new("Vätgas i norr", "Hydrogen i nord", "Hydrogen in the north"),
        new("Livslångt lärande", "Livslang læring", "Lifelong learning"),
        new("Innovation i offentlig sektor", "Innovasjon i offentlig sektor", "Innovation in the public sector"),
        new("Cirkulär ekonomi", "Sirkulær økonomi", "Circular economy"),
        new("Kultur som tillväxtmotor", "Kultur som vekstmotor", "Culture as an engine of growth"),
        new("Klimatanpassning i planeringen", "Klimatilpasning i planleggingen", "Climate adaptation in planning"),
        new("Integration på arbetsmarknaden", "Integrering i arbeidslivet", "Integration in the labour market"),
        new("Nyföretagande och företagsklimat", "Nyetableringer og næringsklima", "New businesses and the business climate"),
        new("Batterier och elektrifiering", "Batterier og elektrifisering", "Batteries and electrification"),
        new("Skogens roll i omställningen", "Skogens rolle i omstillingen", "The forest's role in the transition"),
        new("Livsmedelsstrategi och matproduktion", "Matstrategi og matproduksjon", "Food strategy and food production"),
        new("Hälsa och välfärd i glesbygd", "Helse og velferd i distriktene", "Health and welfare in sparsely populated areas"),
        new("Bostäder i mindre orter", "Boliger på mindre steder", "Housing in smaller towns"),
        new("Regionala utvecklingsstrategier", "Regionale utviklingsstrategier", "Regional development strategies"),
        new("Nordiskt samarbete", "Nordisk samarbeid", "Nordic cooperation"),
        new("EU:s sammanhållningspolitik", "EUs samhørighetspolitikk", "EU cohesion policy"),
        new("Data och analys för regionen", "Data og analyse for regionen", "Data and analysis for the region"),
        new("Näringslivets kompetensbehov", "Næringslivets kompetansebehov", "Business skills needs"),
        new("Landsbygdsutveckling", "Distriktsutvikling", "Rural development"),
    ];

    public static readonly Text[] Subtitles =
    [
        new("erfarenheter från {0}", "erfaringer fra {0}", "experiences from {0}"),
        new("vad säger forskningen?", "hva sier forskningen?", "what does research say?"),
        new("så gjorde vi i {0}", "slik gjorde vi det i {0}", "how we did it in {0}"),
        new("lärdomar och nästa steg", "lærdommer og neste steg", "lessons and next steps"),
        new("ett samtal", "en samtale", "a conversation"),
        new("från plan till handling", "fra plan til handling", "from plan to action"),
        new("fallet {0}", "caset {0}", "the case of {0}"),
    ];

    public static readonly Text[] EventNames =
    [
        new("Regional utvecklingskonferens", "Regional utviklingskonferanse", "Regional development conference"),
        new("Årskonferens", "Årskonferanse", "Annual conference"),
        new("Riktningsmöte", "Retningsmøte", "Direction meeting"),
        new("Arbetsmöte", "Arbeidsmøte", "Working meeting"),
        new("Verkstad för regional utveckling", "Verksted for regional utvikling", "Workshop on regional development"),
        new("Nätverksträff", "Nettverkssamling", "Network meeting"),
        new("Projektinternat", "Prosjektsamling", "Project residential"),
        new("Kommunikatörsdagarna", "Kommunikatørdagene", "Communicators' days"),
    ];

    public static readonly string[] Kinds = ["conference", "conference", "meeting", "meeting", "workshop", "seminar", "internat", "conference"];

    public static readonly string[] ItemKinds = ["talk", "talk", "talk", "workshop", "panel"];

    public static readonly Text[] Sentences =
    [
        new("Passet tar upp hur regionen kan arbeta mer samlat med frågan.", "Økta tar opp hvordan regionen kan jobbe mer samlet med spørsmålet.", "The session looks at how the region can work on the question in a more joined-up way."),
        new("Vi får höra hur kommunerna har lagt upp arbetet och vad som har fungerat.", "Vi får høre hvordan kommunene har lagt opp arbeidet og hva som har fungert.", "We hear how the municipalities set up the work and what has worked."),
        new("Underlaget bygger på intervjuer med ett trettiotal organisationer.", "Grunnlaget bygger på intervjuer med rundt tretti organisasjoner.", "The evidence draws on interviews with some thirty organisations."),
        new("Efter presentationen finns det tid för frågor och samtal i mindre grupper.", "Etter presentasjonen er det tid til spørsmål og samtaler i mindre grupper.", "After the presentation there is time for questions and discussion in small groups."),
        new("Statistiken visar stora skillnader mellan stad och landsbygd.", "Statistikken viser store forskjeller mellom by og land.", "The statistics show large differences between town and countryside."),
        new("Projektet har pågått i tre år och går nu in i en ny fas.", "Prosjektet har pågått i tre år og går nå inn i en ny fase.", "The project has run for three years and is now entering a new phase."),
        new("Deltagarna får med sig konkreta verktyg att använda i sin egen organisation.", "Deltakerne får med seg konkrete verktøy til bruk i egen organisasjon.", "Participants take away practical tools to use in their own organisation."),
        new("Arbetet sker i nära samverkan med näringsliv, akademi och civilsamhälle.", "Arbeidet skjer i tett samarbeid med næringsliv, akademia og sivilsamfunn.", "The work is done in close cooperation with business, academia and civil society."),
        new("Frågan är högt prioriterad i den regionala utvecklingsstrategin.", "Spørsmålet er høyt prioritert i den regionale utviklingsstrategien.", "The question is a high priority in the regional development strategy."),
        new("Vi diskuterar också vad som krävs för att resultaten ska leva vidare.", "Vi diskuterer også hva som skal til for at resultatene skal leve videre.", "We also discuss what it takes for the results to last."),
        new("Exemplen kommer från både Sverige och Norge.", "Eksemplene kommer fra både Sverige og Norge.", "The examples come from both Sweden and Norway."),
        new("Under eftermiddagen fördjupar vi oss i tre fall.", "Utover ettermiddagen går vi i dybden på tre case.", "In the afternoon we look closely at three cases."),
        new("Resultaten presenteras för första gången offentligt.", "Resultatene presenteres offentlig for første gang.", "The results are presented publicly for the first time."),
        new("Talarna delar med sig av både framgångar och misstag.", "Innlederne deler både suksesser og feiltrinn.", "The speakers share both successes and mistakes."),
    ];

    public static readonly Text[] ListItems =
    [
        new("hur behoven ser ut de kommande tio åren", "hvordan behovene ser ut de neste ti årene", "what the needs look like over the next ten years"),
        new("vilka aktörer som behöver vara med", "hvilke aktører som må være med", "which actors need to take part"),
        new("hur arbetet kan finansieras", "hvordan arbeidet kan finansieres", "how the work can be funded"),
        new("vad vi kan lära av andra regioner", "hva vi kan lære av andre regioner", "what we can learn from other regions"),
        new("hur resultaten följs upp", "hvordan resultatene følges opp", "how the results are followed up"),
        new("vilka indikatorer som säger mest", "hvilke indikatorer som sier mest", "which indicators tell us most"),
        new("hur unga kan göras delaktiga", "hvordan unge kan involveres", "how young people can be involved"),
    ];

    public static readonly Text[] Headings =
    [
        new("Bakgrund", "Bakgrunn", "Background"),
        new("Det här tar vi upp", "Dette tar vi opp", "What we cover"),
        new("Om passet", "Om økten", "About the session"),
    ];

    public static readonly Text[] Audiences =
    [
        new("Politiker, tjänstepersoner och andra som arbetar med regional utveckling", "Politikere, ansatte og andre som jobber med regional utvikling", "Politicians, officials and others working in regional development"),
        new("Kommunikatörer i regioner och kommuner", "Kommunikasjonsfolk i fylkeskommuner og kommuner", "Communicators in regions and municipalities"),
        new("Projektledare och strateger", "Prosjektledere og strateger", "Project managers and strategists"),
    ];

    public static readonly string[] Tags =
    [
        "regional utveckling", "kompetensförsörjning", "grön omställning", "innovation", "landsbygd", "samverkan", "analys", "lärpass",
    ];
}
