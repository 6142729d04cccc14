using Vigie.Acts.Corpus.Referentiels;
using Vigie.Acts.Corpus.Labels;

namespace Vigie.Acts.Corpus.Generation;

/// <summary>
/// Everything true about one generated act before it is written: legally correct when built by
/// <see cref="ScenarioFactory"/>, then changed by <see cref="AnomalyInjector"/> for each injected code.
/// </summary>
public sealed class ActScenario
{
    public required ActKind Type { get; init; }

    public required HouseStyle Style { get; init; }

    public required Collectivite Collectivite { get; init; }

    public required Signatory Signatory { get; set; }

    public required PersonName Agent { get; init; }

    /// <summary>"2025-042".</summary>
    public required string Numero { get; init; }

    public required GradeGrid Grade { get; set; }

    public int? Echelon { get; set; }

    public int? IndiceBrut { get; set; }

    public int? IndiceMajore { get; set; }

    /// <summary>Former grade (avancement de grade, promotion interne).</summary>
    public GradeGrid? AncienGrade { get; set; }

    public int? AncienEchelon { get; set; }

    public required DateOnly DateSignature { get; set; }

    public required DateOnly DateEffet { get; set; }

    /// <summary>End of a period (position, contract, prorogation), inclusive.</summary>
    public DateOnly? DateFin { get; set; }

    /// <summary>Date of the agent's request the act answers.</summary>
    public DateOnly? DateDemande { get; set; }

    /// <summary>Start of the stage (titularisation, prorogation).</summary>
    public DateOnly? DebutStage { get; set; }

    public DateOnly? DateNaissance { get; set; }

    public DateOnly? DateNaissanceEnfant { get; set; }

    public int? DureeMois { get; set; }

    public int? Quotite { get; set; }

    /// <summary>Sub-kind: disponibilité "convenances_personnelles"…, temps partiel "de_droit"/"sur_autorisation", détachement "courte"/"longue".</summary>
    public string? Motif { get; set; }

    /// <summary>"placement", "renouvellement", "refus"…</summary>
    public string? Nature { get; set; }

    /// <summary>The host or origin administration (détachement, mutation).</summary>
    public string? Organisme { get; set; }

    // --- contracts ---

    /// <summary>"L332-23 1°" (label form).</summary>
    public string? BaseLegale { get; set; }

    public string? Emploi { get; set; }

    public string? LieuExercice { get; set; }

    public double? DureeHebdomadaire { get; set; }

    /// <summary>Période d'essai in days (0 or null: none).</summary>
    public int? EssaiJours { get; set; }

    /// <summary>The absent agent a replacement contract covers.</summary>
    public PersonName? AgentRemplace { get; set; }

    // --- what the act writes or leaves out (anomalies) ---
    public int DelaiRecoursMois { get; set; } = 2;

    public string? TribunalEcrit { get; set; }

    public bool OmitRecours { get; set; }

    public bool OmitSignatory { get; set; }

    /// <summary>Signatory written without prénom (or without qualité when the autorité signs).</summary>
    public bool IncompleteSignatory { get; set; }

    public bool IncompleteSignatoryWithoutQualite { get; set; }

    public bool OmitDelegation { get; set; }

    public bool OmitDateSignature { get; set; }

    public ObsoleteVisaKind ObsoleteVisa { get; set; }

    public bool CapVisa { get; set; }

    public bool OmitPrerequisite { get; set; }

    public bool OmitMotivation { get; set; }

    /// <summary>A second, different surname or grade written later in the act.</summary>
    public string? IncoherentSurname { get; set; }

    public GradeGrid? IncoherentGrade { get; set; }

    public bool TacitRenewal { get; set; }

    public ContractMention OmittedMention { get; set; }

    /// <summary>The indices are written without IB (remuneration by IM only).</summary>
    public bool RemunerationImOnly { get; set; }

    public bool OmitBaseLegale { get; set; }

    /// <summary>Injected codes (ground truth).</summary>
    public List<string> Anomalies { get; } = [];
}
