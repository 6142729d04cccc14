namespace Vigie.Acts.Corpus.Referentiels;

/// <summary>
/// A grade with its grid in force since 1 Jan 2024 (shared/domain/actes-rh.md §3).
/// </summary>
/// <param name="Label">Catalogue label, lower-case, as the report's <c>grade</c> field carries it.</param>
/// <param name="Categorie">"A", "B" or "C".</param>
/// <param name="CadreEmplois">Cadre d'emplois, e.g. "adjoints administratifs territoriaux".</param>
/// <param name="SurConcours">True when the first recruitment needs a concours (so a liste d'aptitude).</param>
/// <param name="StatutParticulier">Decree of the statut particulier cited in visas.</param>
/// <param name="DispositionsCommunes">Decree of the provisions common to the category (C: 2016-596; B: 2010-329), or null.</param>
/// <param name="DecretIndices">Decree fixing the indices, cited in visas.</param>
/// <param name="Echelons">Échelons 1..n.</param>
public sealed record GradeGrid(
    string Label,
    string Categorie,
    string CadreEmplois,
    bool SurConcours,
    string StatutParticulier,
    string? DispositionsCommunes,
    string DecretIndices,
    IReadOnlyList<GradeEchelon> Echelons)
{
    public int EchelonCount => Echelons.Count;

    public GradeEchelon Echelon(int number) => Echelons[number - 1];
}
