using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Vigie.Acts.Referentiels.Tribunaux;

/// <summary>
/// The ressort of the tribunaux administratifs (CJA R. 221-3, <c>Tribunaux/tribunaux.json</c>): which tribunal a
/// département belongs to, and which tribunal a name written in an act designates.
/// </summary>
public sealed partial class TribunauxAdministratifs
{
    private readonly FrozenDictionary<string, TribunalAdministratif> _byDepartement;
    private readonly FrozenDictionary<string, Departement> _departements;
    private readonly FrozenDictionary<string, TribunalAdministratif> _byVariant;

    internal TribunauxAdministratifs(string source, string version, IReadOnlyList<TribunalAdministratif> tribunaux, IReadOnlyList<Departement> departements)
    {
        Source = source;
        Version = version;
        Tribunaux = tribunaux;
        Departements = departements;
        _byDepartement = tribunaux
            .SelectMany(t => t.Departements.Select(d => (d, t)))
            .ToFrozenDictionary(x => x.d, x => x.t, StringComparer.OrdinalIgnoreCase);
        _departements = departements.ToFrozenDictionary(d => d.Code, StringComparer.OrdinalIgnoreCase);
        _byVariant = tribunaux
            .SelectMany(t => t.Variantes.Select(v => (v, t)))
            .ToFrozenDictionary(x => x.v, x => x.t, StringComparer.Ordinal);
    }

    public string Source { get; }

    public string Version { get; }

    public IReadOnlyList<TribunalAdministratif> Tribunaux { get; }

    public IReadOnlyList<Departement> Departements { get; }

    public static TribunauxAdministratifs LoadEmbedded()
    {
        var file = EmbeddedReferentiel.Load<TribunauxFile>("Tribunaux/tribunaux.json");
        return new TribunauxAdministratifs(file.Source, file.Version, file.Tribunaux, file.Departements);
    }

    /// <summary>"50", "2a", "5", "971" → "50", "2A", "05", "971"; null when it is not a département code.</summary>
    public static string? NormalizeDepartementCode(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return null;
        }

        var trimmed = code.Trim().ToUpperInvariant();
        return DepartementCodeRegex().IsMatch(trimmed) ? (trimmed.Length == 1 ? "0" + trimmed : trimmed) : null;
    }

    public TribunalAdministratif? ForDepartement(string? code) =>
        NormalizeDepartementCode(code) is { } c && _byDepartement.TryGetValue(c, out var t) ? t : null;

    public Departement? Departement(string? code) =>
        NormalizeDepartementCode(code) is { } c && _departements.TryGetValue(c, out var d) ? d : null;

    /// <summary>
    /// The tribunal designated by the words that follow "tribunal administratif de" in an act (e.g. "Caen", "la
    /// Guadeloupe", "Cergy-Pontoise dans un délai…"): the longest leading run of words that is a known name.
    /// </summary>
    public TribunalAdministratif? Match(string words)
    {
        var tokens = WordRegex().Matches(TextFolding.Fold(words)).Select(m => m.Value).Take(6).ToArray();
        for (var length = tokens.Length; length > 0; length--)
        {
            if (_byVariant.TryGetValue(string.Join(' ', tokens, 0, length), out var tribunal))
            {
                return tribunal;
            }
        }

        return null;
    }

    [GeneratedRegex(@"^(?:[0-9]{1,2}|2[AB]|97[1-8]|98[4-9])$")]
    private static partial Regex DepartementCodeRegex();

    [GeneratedRegex(@"[a-z0-9]+")]
    private static partial Regex WordRegex();
}
