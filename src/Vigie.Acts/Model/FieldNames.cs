namespace Vigie.Acts.Model;

/// <summary>Contract names (snake_case) of the fields of <see cref="ActFields"/> that evaluations score.</summary>
public static class FieldNames
{
    public const string Collectivite = "collectivite";
    public const string Departement = "departement";
    public const string AgentCivilite = "agent_civilite";
    public const string AgentNom = "agent_nom";
    public const string AgentPrenom = "agent_prenom";
    public const string Grade = "grade";
    public const string Echelon = "echelon";
    public const string IndiceBrut = "indice_brut";
    public const string IndiceMajore = "indice_majore";
    public const string DateEffet = "date_effet";
    public const string DateSignature = "date_signature";
    public const string Signataire = "signataire";
    public const string BaseLegale = "base_legale";

    // --- extensions (snake_case of the other ActFields properties; keys of AnalyzedAct.FieldEvidence) ---
    public const string NumeroActe = "numero_acte";
    public const string TypeCollectivite = "type_collectivite";
    public const string SignataireNom = "signataire_nom";
    public const string SignataireQualite = "signataire_qualite";
    public const string SignataireEstAutorite = "signataire_est_autorite";
    public const string Delegation = "delegation";
    public const string LieuSignature = "lieu_signature";
    public const string Categorie = "categorie";
    public const string CadreEmplois = "cadre_emplois";
    public const string Emploi = "emploi";
    public const string DateDebut = "date_debut";
    public const string DateFin = "date_fin";
    public const string DureeMois = "duree_mois";
    public const string Quotite = "quotite";
    public const string DureeHebdomadaire = "duree_hebdomadaire";
    public const string PeriodeEssaiJours = "periode_essai_jours";
    public const string Remuneration = "remuneration";
    public const string LieuExercice = "lieu_exercice";
    public const string DateNaissanceAgent = "date_naissance_agent";
    public const string TribunalMentionne = "tribunal_mentionne";
    public const string DelaiRecoursMois = "delai_recours_mois";
    public const string Motif = "motif";
    public const string Nature = "nature";

    /// <summary>Evidence key (not a field) of the clue that decided the act's type.</summary>
    public const string Type = "type";

    public static IReadOnlyList<string> Contract { get; } =
    [
        Collectivite, Departement, AgentCivilite, AgentNom, AgentPrenom, Grade, Echelon,
        IndiceBrut, IndiceMajore, DateEffet, DateSignature, Signataire, BaseLegale,
    ];
}
