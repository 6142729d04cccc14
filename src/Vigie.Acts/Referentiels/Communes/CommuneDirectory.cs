using System.Collections.Frozen;
using System.Text.Json;

namespace Vigie.Acts.Referentiels.Communes;

/// <summary>
/// The French communes, départements and EPCI (source: @etalab/decoupage-administratif 6.0.0, Licence Ouverte),
/// with lookups by written name (accents, hyphens, "St"/"Saint", leading article ignored) that return every
/// homonym, by postal code and by département name. Immutable once loaded; register it as a singleton.
/// </summary>
public sealed class CommuneDirectory
{
    private const string ResourcePrefix = "Vigie.Acts.Referentiels.Communes.";

    private readonly FrozenDictionary<string, Commune[]> _byName;
    private readonly FrozenDictionary<string, Commune[]> _byPostalCode;
    private readonly FrozenDictionary<string, string> _departementNames;
    private readonly FrozenDictionary<string, string> _departementByName;
    private readonly FrozenDictionary<string, Epci> _epciByName;

    private CommuneDirectory(IReadOnlyList<Commune> communes, IReadOnlyList<(string Code, string Nom)> departements, IReadOnlyList<Epci> epcis)
    {
        Communes = communes;
        var byName = new Dictionary<string, List<Commune>>(StringComparer.Ordinal);
        var byPostalCode = new Dictionary<string, List<Commune>>(StringComparer.Ordinal);
        foreach (var commune in communes)
        {
            var key = PlaceNameKey.Of(commune.Nom);
            AddTo(byName, key, commune);

            foreach (var code in commune.CodesPostaux)
            {
                AddTo(byPostalCode, code, commune);
            }
        }

        _byName = byName.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
        _byPostalCode = byPostalCode.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
        _departementNames = departements.ToFrozenDictionary(d => d.Code, d => d.Nom, StringComparer.Ordinal);
        var byDepName = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (code, nom) in departements)
        {
            var key = PlaceNameKey.Of(nom);
            byDepName[key] = code;
            if (PlaceNameKey.WithoutArticle(key) is { } bare)
            {
                byDepName.TryAdd(bare, code);
            }
        }

        _departementByName = byDepName.ToFrozenDictionary(StringComparer.Ordinal);
        var epciByName = new Dictionary<string, Epci>(StringComparer.Ordinal);
        foreach (var epci in epcis)
        {
            epciByName.TryAdd(PlaceNameKey.Compact(PlaceNameKey.Of(epci.Nom)), epci);
        }

        _epciByName = epciByName.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public IReadOnlyList<Commune> Communes { get; }

    /// <summary>Loads the referential embedded in the assembly.</summary>
    public static CommuneDirectory LoadEmbedded()
    {
        var assembly = typeof(CommuneDirectory).Assembly;
        using var communes = JsonDocument.Parse(Open(assembly, "communes.json"));
        using var departements = JsonDocument.Parse(Open(assembly, "departements.json"));
        using var epci = JsonDocument.Parse(Open(assembly, "epci.json"));

        var communeList = new List<Commune>(35_000);
        foreach (var row in communes.RootElement.GetProperty("communes").EnumerateArray())
        {
            var postal = row[2].GetString() ?? string.Empty;
            communeList.Add(new Commune(
                row[0].GetString()!,
                row[1].GetString()!,
                postal.Length == 0 ? [] : postal.Split(' '),
                row[3].GetInt32()));
        }

        var departementList = departements.RootElement.GetProperty("departements").EnumerateArray()
            .Select(row => (row[0].GetString()!, row[1].GetString()!))
            .ToList();
        var epciList = epci.RootElement.GetProperty("epci").EnumerateArray()
            .Select(row => new Epci(row[0].GetString()!, row[1].GetString()!, row[2].GetString()!))
            .ToList();
        return new CommuneDirectory(communeList, departementList, epciList);
    }

    /// <summary>Every commune whose name matches, homonyms included (empty when none).</summary>
    public IReadOnlyList<Commune> FindByName(string writtenName) => FindByKey(PlaceNameKey.Of(writtenName));

    /// <summary>Every commune whose <see cref="PlaceNameKey"/> equals <paramref name="key"/>.</summary>
    public IReadOnlyList<Commune> FindByKey(string key) => _byName.TryGetValue(key, out var found) ? found : [];

    public IReadOnlyList<Commune> FindByPostalCode(string postalCode) =>
        _byPostalCode.TryGetValue(postalCode, out var found) ? found : [];

    /// <summary>Name of a département ("50" → "Manche"), or null.</summary>
    public string? DepartementName(string code) => _departementNames.GetValueOrDefault(code);

    /// <summary>Code of a département from its name as written ("la Manche", "Côtes-d'Armor"), or null.</summary>
    public string? DepartementCode(string writtenName) => DepartementCodeByKey(PlaceNameKey.Of(writtenName));

    public string? DepartementCodeByKey(string key) =>
        _departementByName.GetValueOrDefault(key)
        ?? (PlaceNameKey.WithoutArticle(key) is { } bare ? _departementByName.GetValueOrDefault(bare) : null);

    public bool IsDepartementCode(string code) => _departementNames.ContainsKey(code);

    /// <summary>The EPCI with that name ("Communauté de communes Faucigny-Glières" or "CC Faucigny - Glières"), or null.</summary>
    public Epci? FindEpci(string writtenName) => FindEpciByKey(PlaceNameKey.Of(writtenName));

    public Epci? FindEpciByKey(string key) => _epciByName.GetValueOrDefault(PlaceNameKey.Compact(key));

    private static Stream Open(System.Reflection.Assembly assembly, string file) =>
        assembly.GetManifestResourceStream(ResourcePrefix + file)
        ?? throw new InvalidOperationException($"Référentiel embarqué introuvable : {file}.");

    private static void AddTo(Dictionary<string, List<Commune>> index, string key, Commune commune)
    {
        if (!index.TryGetValue(key, out var list))
        {
            list = [];
            index[key] = list;
        }

        if (!list.Contains(commune))
        {
            list.Add(commune);
        }
    }
}
