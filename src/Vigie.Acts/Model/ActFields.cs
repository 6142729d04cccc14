namespace Vigie.Acts.Model;

/// <summary>
/// Fields extracted from an act. The first block is the public contract (JSON snake_case names);
/// the others extend it. Null means the act does not state it.
/// </summary>
public sealed class ActFields
{
    // --- contract fields (shared/spec/acts-check.md) ---
    public string? Collectivite { get; set; }

    /// <summary>Département code ("50", "2A", "974").</summary>
    public string? Departement { get; set; }

    /// <summary>"M." or "Mme".</summary>
    public string? AgentCivilite { get; set; }

    /// <summary>Surname, upper-case.</summary>
    public string? AgentNom { get; set; }

    public string? AgentPrenom { get; set; }

    /// <summary>Grade normalised to the grade catalogue (lower-case label).</summary>
    public string? Grade { get; set; }

    public int? Echelon { get; set; }

    public int? IndiceBrut { get; set; }

    public int? IndiceMajore { get; set; }

    public DateOnly? DateEffet { get; set; }

    public DateOnly? DateSignature { get; set; }

    /// <summary>"Prénom NOM, Qualité" as written.</summary>
    public string? Signataire { get; set; }

    /// <summary>For contracts: article and alinéa, e.g. "L332-23 1°".</summary>
    public string? BaseLegale { get; set; }

    // --- extensions ---
    public string? NumeroActe { get; set; }

    /// <summary>Kind of collectivité: "commune", "epci", "ccas", "departement", "region", "syndicat", "autre".</summary>
    public string? TypeCollectivite { get; set; }

    public string? SignataireNom { get; set; }

    public string? SignataireQualite { get; set; }

    /// <summary>True when the signatory is the autorité territoriale itself (maire, président).</summary>
    public bool? SignataireEstAutorite { get; set; }

    /// <summary>The delegation as stated ("Pour le Maire et par délégation", "par délégation, l'adjoint…").</summary>
    public string? Delegation { get; set; }

    public string? LieuSignature { get; set; }

    /// <summary>"A", "B" or "C".</summary>
    public string? Categorie { get; set; }

    public string? CadreEmplois { get; set; }

    public string? Emploi { get; set; }

    public DateOnly? DateDebut { get; set; }

    public DateOnly? DateFin { get; set; }

    /// <summary>Duration stated, in months (contracts, positions, stage).</summary>
    public int? DureeMois { get; set; }

    /// <summary>Quotité in percent (temps partiel, TNC as a share of 35 h).</summary>
    public int? Quotite { get; set; }

    /// <summary>Weekly hours for a temps non complet.</summary>
    public double? DureeHebdomadaire { get; set; }

    /// <summary>Période d'essai in days (weeks and months converted: 1 month = 30 days).</summary>
    public int? PeriodeEssaiJours { get; set; }

    /// <summary>Remuneration as stated (free text), e.g. "IB 367 / IM 366".</summary>
    public string? Remuneration { get; set; }

    public string? LieuExercice { get; set; }

    public DateOnly? DateNaissanceAgent { get; set; }

    /// <summary>The tribunal administratif named in the recours mention (e.g. "Rennes").</summary>
    public string? TribunalMentionne { get; set; }

    /// <summary>The délai de recours stated, in months.</summary>
    public int? DelaiRecoursMois { get; set; }

    /// <summary>Sub-kind of a position act: for disponibilité "convenances personnelles", "etudes", "creation_entreprise",
    /// "elever_enfant"…; for temps partiel "de_droit"/"sur_autorisation"; for détachement "courte"/"longue".</summary>
    public string? Motif { get; set; }

    /// <summary>"placement", "renouvellement", "reintegration", "refus", "fin".</summary>
    public string? Nature { get; set; }

    public ActFields Clone() => (ActFields)MemberwiseClone();
}
