namespace Arshjul.Site.Bench.Generation;

/// <summary>Names, organisations, roles and places of the Swedish and Norwegian regional development world.</summary>
public static class NordicNames
{
    public static readonly string[] SwedishFirst =
    [
        "Anna", "Maria", "Karin", "Eva", "Lena", "Kerstin", "Sara", "Emma", "Johanna", "Malin", "Ingrid", "Linnéa",
        "Ebba", "Maja", "Elin", "Åsa", "Annika", "Helena", "Sofia", "Cecilia", "Ulrika", "Agneta", "Birgitta", "Therese",
        "Erik", "Lars", "Karl", "Anders", "Johan", "Per", "Mikael", "Magnus", "Björn", "Mats", "Nils", "Jonas",
        "Gustav", "Oskar", "Henrik", "Fredrik", "Håkan", "Göran", "Staffan", "Tobias", "Niklas", "Daniel", "Pär", "Jörgen",
    ];

    public static readonly string[] NorwegianFirst =
    [
        "Ingrid", "Kari", "Marit", "Hilde", "Solveig", "Silje", "Ragnhild", "Tone", "Gro", "Sigrid", "Astrid", "Randi",
        "Bjørg", "Torill", "Linn", "Ane", "Vigdis", "Turid", "Åse", "Marte", "Ingvild", "Synnøve", "Hege", "Liv",
        "Ole", "Lars", "Knut", "Jan", "Per", "Bjørn", "Arne", "Kjetil", "Terje", "Geir", "Øystein", "Håvard",
        "Trond", "Eirik", "Sindre", "Even", "Tor", "Ståle", "Asbjørn", "Øyvind", "Sverre", "Espen", "Rune", "Jørn",
    ];

    public static readonly string[] SwedishLast =
    [
        "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson", "Svensson", "Gustafsson",
        "Pettersson", "Jonsson", "Lindberg", "Lindqvist", "Lundgren", "Bergström", "Sjöberg", "Holmberg", "Ekström", "Wallin",
        "Sandberg", "Forsberg", "Lundin", "Åberg", "Hedlund", "Nyström", "Engström", "Björk", "Hellström", "Östlund",
        "Norén", "Sundqvist", "Löfgren", "Ahlström", "Dahlberg", "Lindström", "Wikström", "Söderberg", "Isaksson", "Mattsson",
    ];

    public static readonly string[] NorwegianLast =
    [
        "Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nilsen", "Kristiansen", "Jensen", "Karlsen",
        "Haugen", "Bakken", "Solberg", "Moen", "Strand", "Berg", "Dahl", "Hagen", "Eide", "Lie",
        "Halvorsen", "Sæther", "Aasen", "Nygård", "Brekke", "Lund", "Myklebust", "Fjeld", "Rønning", "Vik",
        "Sørensen", "Haugland", "Tveit", "Bjørnstad", "Hovland", "Aune", "Engen", "Sandvik", "Grønvold", "Østby",
    ];

    public static readonly string[] SwedishOrganisations =
    [
        "Region Värmland", "Region Örebro län", "Region Jämtland Härjedalen", "Västra Götalandsregionen", "Region Skåne",
        "Region Norrbotten", "Region Västerbotten", "Region Dalarna", "Region Gävleborg", "Region Halland",
        "Region Kalmar län", "Region Östergötland", "Region Uppsala", "Region Sörmland", "Region Jönköpings län",
        "Region Kronoberg", "Region Blekinge", "Region Gotland", "Region Västmanland", "Region Västernorrland",
        "Tillväxtverket", "Reglab", "Sveriges Kommuner och Regioner", "Karlstads universitet", "Umeå universitet",
        "Länsstyrelsen i Värmlands län", "Almi Företagspartner", "Vinnova",
    ];

    public static readonly string[] NorwegianOrganisations =
    [
        "Nordland fylkeskommune", "Trøndelag fylkeskommune", "Møre og Romsdal fylkeskommune", "Vestland fylkeskommune",
        "Rogaland fylkeskommune", "Innlandet fylkeskommune", "Troms fylkeskommune", "Finnmark fylkeskommune",
        "Agder fylkeskommune", "Vestfold fylkeskommune", "Telemark fylkeskommune", "Østfold fylkeskommune",
        "Buskerud fylkeskommune", "Akershus fylkeskommune", "Kommunal- og distriktsdepartementet", "Innovasjon Norge",
        "Distriktssenteret", "Nord universitet", "NTNU", "KS", "Nordregio",
    ];

    /// <summary>Roles in Swedish and in Norwegian (bokmål).</summary>
    public static readonly string[] SwedishRoles =
    [
        "utvecklingsstrateg", "regional utvecklingsdirektör", "analytiker", "projektledare", "kommunikatör", "enhetschef",
        "forskare", "näringslivsstrateg", "samordnare", "verksamhetsutvecklare",
    ];

    public static readonly string[] NorwegianRoles =
    [
        "rådgiver", "seniorrådgiver", "fylkesdirektør", "analytiker", "prosjektleder", "kommunikasjonsrådgiver",
        "forsker", "næringssjef", "seksjonsleder", "spesialrådgiver",
    ];

    /// <summary>Venue, city; the first half Swedish, the second Norwegian.</summary>
    public static readonly (string Venue, string City, bool Norwegian)[] Venues =
    [
        ("Karlstad CCC", "Karlstad", false), ("Conventum", "Örebro", false), ("Folkets hus", "Östersund", false),
        ("Umeå Folkets Hus", "Umeå", false), ("Kulturens hus", "Luleå", false), ("Dalarnas museum", "Falun", false),
        ("Högskolan i Gävle", "Gävle", false), ("Tonhallen", "Sundsvall", false), ("Residenset", "Växjö", false),
        ("Kalmarsalen", "Kalmar", false), ("Almedalsbiblioteket", "Visby", false), ("Konserthuset", "Göteborg", false),
        ("Stormen", "Bodø", true), ("Clarion Hotel & Congress", "Trondheim", true), ("Plassen", "Molde", true),
        ("Scandic Parken", "Ålesund", true), ("Kulturhuset", "Tromsø", true), ("Håkons Hall", "Lillehammer", true),
        ("Kilden", "Kristiansand", true), ("Stavanger forum", "Stavanger", true), ("Grieghallen", "Bergen", true),
    ];

    public static readonly string[] Series =
    [
        "Värmlandsstrategins årshjul", "Reglabs årskonferens", "Regionala utvecklingsdagar", "Nordiskt forum för regional utveckling",
    ];

    public static readonly string[] Rooms = ["Sal A", "Sal B", "Sal C", "Sal D", "Kongresshallen", "Lilla salen"];
}
