namespace Vigie.Acts.Referentiels.Grilles;

/// <summary>The grid of one échelle (e.g. C1) for its grades, in force from <see cref="ValidFrom"/> to <see cref="ValidTo"/>.</summary>
public sealed record Grille(
    string Echelle,
    string Categorie,
    IReadOnlyList<string> Grades,
    DateOnly ValidFrom,
    DateOnly? ValidTo,
    string StatutParticulier,
    string DecretIndices,
    string Source,
    IReadOnlyList<EchelonIndices> Echelons)
{
    public int DernierEchelon => Echelons.Max(e => e.Echelon);

    public EchelonIndices? Echelon(int echelon) => Echelons.FirstOrDefault(e => e.Echelon == echelon);

    public bool InForceOn(DateOnly date) => date >= ValidFrom && (ValidTo is null || date <= ValidTo);
}
