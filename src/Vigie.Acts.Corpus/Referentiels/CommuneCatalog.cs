using System.Text.Json;
using System.Text.Json.Serialization;

namespace Vigie.Acts.Corpus.Referentiels;

/// <summary>
/// Real communes and EPCI to sign acts with: read from shared/data/referentiels (communes.json, epci.json,
/// @etalab/decoupage-administratif) when present, else a small built-in list of real places.
/// </summary>
public sealed class CommuneCatalog
{
    private static readonly Commune[] BuiltInCommunes =
    [
        new("50532", "Saint-Pair-sur-Mer", "50", 4081),
        new("50025", "Avranches", "50", 10318),
        new("14118", "Caen", "14", 108200),
        new("14047", "Bayeux", "14", 12890),
        new("61001", "Alençon", "61", 26026),
        new("35238", "Rennes", "35", 225081),
        new("29019", "Brest", "29", 139619),
        new("56121", "Lorient", "56", 57246),
        new("22278", "Saint-Brieuc", "22", 44170),
        new("44109", "Nantes", "44", 325070),
        new("49007", "Angers", "49", 157175),
        new("72181", "Le Mans", "72", 145004),
        new("85191", "La Roche-sur-Yon", "85", 57160),
        new("69123", "Lyon", "69", 522250),
        new("38185", "Grenoble", "38", 156107),
        new("13055", "Marseille", "13", 873076),
        new("06088", "Nice", "06", 348085),
        new("31555", "Toulouse", "31", 504078),
        new("33063", "Bordeaux", "33", 261804),
        new("59350", "Lille", "59", 236710),
        new("67482", "Strasbourg", "67", 291313),
        new("76351", "Le Havre", "76", 165830),
        new("45234", "Orléans", "45", 116617),
        new("21231", "Dijon", "21", 159346),
        new("25056", "Besançon", "25", 119198),
        new("63113", "Clermont-Ferrand", "63", 147865),
        new("87085", "Limoges", "87", 129754),
        new("86194", "Poitiers", "86", 90240),
        new("17300", "La Rochelle", "17", 79961),
        new("34172", "Montpellier", "34", 307101),
        new("30189", "Nîmes", "30", 151001),
        new("83137", "Toulon", "83", 180452),
        new("64445", "Pau", "64", 76275),
        new("54395", "Nancy", "54", 104286),
        new("51108", "Châlons-en-Champagne", "51", 44379),
        new("80021", "Amiens", "80", 134167),
        new("2A004", "Ajaccio", "2A", 73917),
        new("93048", "Montreuil", "93", 111367),
        new("95127", "Cergy", "95", 69578),
        new("77288", "Melun", "77", 41970),
        new("78646", "Versailles", "78", 83918),
        new("97411", "Saint-Denis", "974", 153810),
        new("01053", "Bourg-en-Bresse", "01", 42244),
        new("53130", "Laval", "53", 49728),
        new("50129", "Cherbourg-en-Cotentin", "50", 78263),
        new("14366", "Lisieux", "14", 19980),
        new("61169", "Flers", "61", 14666),
        new("22113", "Lannion", "22", 19920),
        new("29232", "Quimper", "29", 63283),
        new("35288", "Saint-Malo", "35", 47255),
        new("50215", "Granville", "50", 12551),
        new("50264", "Jullouville", "50", 2380),
        new("14220", "Douvres-la-Délivrande", "14", 5312),
        new("61214", "Le Merlerault", "61", 742),
        new("35001", "Acigné", "35", 7153),
        new("56034", "Carnac", "56", 4373),
        new("44184", "Saint-Nazaire", "44", 73111),
        new("49099", "Cholet", "49", 54204),
        new("26362", "Valence", "26", 64481),
        new("73065", "Chambéry", "73", 60066),
        new("74010", "Annecy", "74", 131715),
        new("03185", "Montluçon", "03", 34361),
        new("15014", "Aurillac", "15", 25499),
        new("12202", "Rodez", "12", 24989),
        new("81004", "Albi", "81", 49236),
        new("65440", "Tarbes", "65", 42758),
        new("40192", "Mont-de-Marsan", "40", 29807),
        new("24322", "Périgueux", "24", 29896),
        new("47001", "Agen", "47", 32193),
        new("16015", "Angoulême", "16", 41423),
        new("79191", "Niort", "79", 59005),
        new("37261", "Tours", "37", 136463),
        new("18033", "Bourges", "18", 64668),
        new("89024", "Auxerre", "89", 34451),
        new("58194", "Nevers", "58", 32990),
        new("10387", "Troyes", "10", 61996),
        new("08105", "Charleville-Mézières", "08", 45670),
        new("57463", "Metz", "57", 120211),
        new("88160", "Épinal", "88", 31640),
        new("68224", "Mulhouse", "68", 108038),
        new("90010", "Belfort", "90", 46443),
        new("39300", "Lons-le-Saunier", "39", 16934),
        new("02691", "Saint-Quentin", "02", 52806),
        new("60057", "Beauvais", "60", 56605),
        new("62041", "Arras", "62", 41555),
        new("27229", "Évreux", "27", 46707),
        new("28085", "Chartres", "28", 38426),
        new("41018", "Blois", "41", 45410),
        new("36044", "Châteauroux", "36", 43079),
        new("23096", "Guéret", "23", 12836),
        new("19272", "Tulle", "19", 14540),
        new("43157", "Le Puy-en-Velay", "43", 18995),
        new("48095", "Mende", "48", 11929),
        new("07186", "Privas", "07", 8356),
        new("42218", "Saint-Étienne", "42", 173089),
        new("84007", "Avignon", "84", 90305),
        new("04070", "Digne-les-Bains", "04", 16379),
        new("05061", "Gap", "05", 40919),
        new("11069", "Carcassonne", "11", 46513),
        new("66136", "Perpignan", "66", 120996),
        new("09122", "Foix", "09", 9494),
        new("46042", "Cahors", "46", 19405),
        new("82121", "Montauban", "82", 61744),
        new("32013", "Auch", "32", 22036),
        new("92012", "Boulogne-Billancourt", "92", 121583),
        new("94028", "Créteil", "94", 92265),
        new("91228", "Évry-Courcouronnes", "91", 69581),
        new("75056", "Paris", "75", 2133111),
        new("2B033", "Bastia", "2B", 48503),
        new("52121", "Chaumont", "52", 21945),
        new("55029", "Bar-le-Duc", "55", 14733),
        new("70550", "Vesoul", "70", 14966),
        new("71270", "Mâcon", "71", 33713),
    ];

    private static readonly Epci[] BuiltInEpci =
    [
        new("Communauté d'agglomération Mont-Saint-Michel - Normandie", "Avranches", "50"),
        new("Communauté de communes Granville, Terre et Mer", "Granville", "50"),
        new("Communauté urbaine Caen la Mer", "Caen", "14"),
        new("Rennes Métropole", "Rennes", "35"),
        new("Communauté de communes du Pays de Pontchâteau Saint-Gildas-des-Bois", "Pontchâteau", "44"),
        new("Communauté de communes Faucigny - Glières", "Bonneville", "74"),
        new("Communauté d'agglomération du Grand Dax", "Dax", "40"),
        new("Communauté de communes du Pays de Lunel", "Lunel", "34"),
    ];

    private CommuneCatalog(IReadOnlyList<Commune> communes, IReadOnlyList<Epci> epcis, bool fromSharedData)
    {
        Communes = communes;
        Epcis = epcis;
        FromSharedData = fromSharedData;
        Small = communes.Where(c => c.Population < 3_500).ToArray();
        Large = communes.Where(c => c.Population >= 30_000).ToArray();
        Medium = communes.Where(c => c.Population is >= 3_500 and < 30_000).ToArray();
        _largestByDepartement = communes
            .GroupBy(c => c.Departement, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.MaxBy(c => c.Population)!, StringComparer.Ordinal);
        if (Small.Count == 0 || Large.Count == 0)
        {
            throw new InvalidOperationException("Le référentiel des communes doit contenir de petites et de grandes communes.");
        }
    }

    private readonly Dictionary<string, Commune> _largestByDepartement;

    public IReadOnlyList<Commune> Communes { get; }

    /// <summary>Communes from 3,500 to 30,000 inhabitants (empty in the built-in list is allowed).</summary>
    public IReadOnlyList<Commune> Medium { get; }

    /// <summary>Communes under 3,500 inhabitants (the "small commune" house style).</summary>
    public IReadOnlyList<Commune> Small { get; }

    /// <summary>Communes of 30,000 inhabitants or more (the "large city" house style).</summary>
    public IReadOnlyList<Commune> Large { get; }

    public IReadOnlyList<Epci> Epcis { get; }

    /// <summary>True when the lists come from shared/data, false for the built-in fallback.</summary>
    public bool FromSharedData { get; }

    /// <summary>The most populated commune of a département (stands for its chef-lieu), or null.</summary>
    public Commune? Largest(string departement) => _largestByDepartement.GetValueOrDefault(departement);

    /// <summary>The built-in list only (fast, no file access): tests and the 40k benchmark use it.</summary>
    public static CommuneCatalog BuiltIn() => new(BuiltInCommunes, BuiltInEpci, false);

    /// <summary>
    /// Reads <c>communes.json</c> and <c>epci.json</c> from <paramref name="referentielsDirectory"/> when both exist,
    /// keeping the départements of <paramref name="departements"/>; otherwise the built-in list.
    /// </summary>
    public static CommuneCatalog Load(string? referentielsDirectory, DepartementCatalog departements)
    {
        ArgumentNullException.ThrowIfNull(departements);
        if (referentielsDirectory is null)
        {
            return BuiltIn();
        }

        var communesPath = Path.Combine(referentielsDirectory, "communes.json");
        var epciPath = Path.Combine(referentielsDirectory, "epci.json");
        if (!File.Exists(communesPath) || !File.Exists(epciPath))
        {
            return BuiltIn();
        }

        List<CommuneRow>? rows;
        using (var stream = File.OpenRead(communesPath))
        {
            rows = JsonSerializer.Deserialize<List<CommuneRow>>(stream);
        }

        var communes = (rows ?? [])
            .Where(r => r.Type == "commune-actuelle" && r.Nom is not null && r.Code is not null && r.Departement is not null
                && r.Population is > 0 && departements.Find(r.Departement) is not null)
            .Select(r => new Commune(r.Code!, r.Nom!, r.Departement!, r.Population!.Value))
            .ToArray();

        // Homonyms (Saint-Denis, Sainte-Colombe…) are left out: an act names its commune without its département,
        // so the tribunal expected for a homonym could not be told from the act itself.
        var homonyms = communes.GroupBy(c => c.Nom, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        communes = communes.Where(c => !homonyms.Contains(c.Nom)).ToArray();
        var byCode = communes.ToDictionary(c => c.Code, StringComparer.Ordinal);

        List<EpciRow>? epciRows;
        using (var stream = File.OpenRead(epciPath))
        {
            epciRows = JsonSerializer.Deserialize<List<EpciRow>>(stream);
        }

        var epcis = new List<Epci>();
        foreach (var row in epciRows ?? [])
        {
            var seat = row.Membres?.FirstOrDefault();
            if (row.Nom is null || seat?.Code is null || !byCode.TryGetValue(seat.Code, out var commune))
            {
                continue;
            }

            epcis.Add(new Epci(ExpandEpciName(row.Nom), commune.Nom, commune.Departement));
        }

        return communes.Length < 100 || epcis.Count == 0 ? BuiltIn() : new CommuneCatalog(communes, epcis, true);
    }

    /// <summary>"CC du Pays de X" → "Communauté de communes du Pays de X" (acts spell the kind out).</summary>
    internal static string ExpandEpciName(string name)
    {
        (string Prefix, string Full)[] kinds =
        [
            ("CC ", "Communauté de communes "),
            ("CA ", "Communauté d'agglomération "),
            ("CU ", "Communauté urbaine "),
        ];
        foreach (var (prefix, full) in kinds)
        {
            if (name.StartsWith(prefix, StringComparison.Ordinal))
            {
                return full + name[prefix.Length..];
            }
        }

        return name;
    }

    private sealed class CommuneRow
    {
        [JsonPropertyName("code")]
        public string? Code { get; set; }

        [JsonPropertyName("nom")]
        public string? Nom { get; set; }

        [JsonPropertyName("departement")]
        public string? Departement { get; set; }

        [JsonPropertyName("type")]
        public string? Type { get; set; }

        [JsonPropertyName("population")]
        public int? Population { get; set; }
    }

    private sealed class EpciRow
    {
        [JsonPropertyName("nom")]
        public string? Nom { get; set; }

        [JsonPropertyName("membres")]
        public List<EpciMemberRow>? Membres { get; set; }
    }

    private sealed class EpciMemberRow
    {
        [JsonPropertyName("code")]
        public string? Code { get; set; }
    }
}
