namespace Vigie.Acts.Corpus.Referentiels;

/// <summary>A département and the tribunal administratif whose ressort covers it (CJA R. 221-3).</summary>
/// <param name="Code">"50", "2A", "974".</param>
/// <param name="Nom">"Manche".</param>
/// <param name="DeNom">The name after "de": "de la Manche", "du Calvados", "de l'Orne", "des Yvelines".</param>
/// <param name="Tribunal">The tribunal as named after "tribunal administratif": "de Caen", "de La Réunion".</param>
public sealed record Departement(string Code, string Nom, string DeNom, string Tribunal)
{
    /// <summary>"tribunal administratif de Caen".</summary>
    public string TribunalComplet => "tribunal administratif " + Tribunal;
}
