using System.Collections.Frozen;

namespace Vigie.Acts.Referentiels.Legal;

/// <summary>The dates of the changes of the law and the obsolete wordings (<c>Legal/changements.json</c>).</summary>
public sealed class ChangementsJuridiques
{
    /// <summary>CAP no longer consulted on avancement, promotion interne, prorogation de stage.</summary>
    public const string CapAvancement = "cap-avancement";

    /// <summary>Legislative part of the CGFP in force.</summary>
    public const string CgfpLegislatif = "cgfp-legislatif";

    /// <summary>Book III of the regulatory CGFP (décret 2025-695).</summary>
    public const string Decret2025695 = "decret-2025-695";

    private readonly FrozenDictionary<string, ChangementJuridique> _changements;
    private readonly FrozenDictionary<string, FormuleObsolete> _formules;

    internal ChangementsJuridiques(string source, string version, IReadOnlyList<ChangementJuridique> changements, IReadOnlyList<FormuleObsolete> formules)
    {
        Source = source;
        Version = version;
        Changements = changements;
        FormulesObsoletes = formules;
        _changements = changements.ToFrozenDictionary(c => c.Id, StringComparer.Ordinal);
        _formules = formules.ToFrozenDictionary(f => f.Id, StringComparer.Ordinal);
    }

    public string Source { get; }

    public string Version { get; }

    public IReadOnlyList<ChangementJuridique> Changements { get; }

    public IReadOnlyList<FormuleObsolete> FormulesObsoletes { get; }

    public static ChangementsJuridiques LoadEmbedded()
    {
        var file = EmbeddedReferentiel.Load<ChangementsFile>("Legal/changements.json");
        return new ChangementsJuridiques(file.Source, file.Version, file.Changements, file.FormulesObsoletes);
    }

    public ChangementJuridique Changement(string id) =>
        _changements.TryGetValue(id, out var c) ? c : throw new KeyNotFoundException($"Changement juridique inconnu : {id}.");

    public DateOnly DateOf(string id) => Changement(id).Date;

    public FormuleObsolete Formule(string id) =>
        _formules.TryGetValue(id, out var f) ? f : throw new KeyNotFoundException($"Formule obsolète inconnue : {id}.");

    /// <summary>The date from which the wording must no longer be cited.</summary>
    public DateOnly ObsoleteFrom(string formuleId) => DateOf(Formule(formuleId).Changement);
}
