namespace Vigie.Acts.Rules;

/// <summary>The anomaly codes of the contract (shared/spec/acts-check.md).</summary>
public static class AnomalyCodes
{
    public const string SignatureAbsente = "SIGNATURE_ABSENTE";
    public const string SignataireIncomplet = "SIGNATAIRE_INCOMPLET";
    public const string DelegationAbsente = "DELEGATION_ABSENTE";
    public const string DateSignatureAbsente = "DATE_SIGNATURE_ABSENTE";
    public const string VisaObsolete = "VISA_OBSOLETE";
    public const string VisaCapObsolete = "VISA_CAP_OBSOLETE";
    public const string VisaPrealableAbsent = "VISA_PREALABLE_ABSENT";
    public const string MotivationAbsente = "MOTIVATION_ABSENTE";
    public const string RecoursAbsent = "RECOURS_ABSENT";
    public const string RecoursTribunal = "RECOURS_TRIBUNAL";
    public const string RecoursDelai = "RECOURS_DELAI";
    public const string DateRetroactive = "DATE_RETROACTIVE";
    public const string DateIncoherente = "DATE_INCOHERENTE";
    public const string GrilleEchelonInexistant = "GRILLE_ECHELON_INEXISTANT";
    public const string GrilleIndice = "GRILLE_INDICE";
    public const string StageDuree = "STAGE_DUREE";
    public const string PositionDuree = "POSITION_DUREE";
    public const string RetraiteLimiteAge = "RETRAITE_LIMITE_AGE";
    public const string ContratBaseLegale = "CONTRAT_BASE_LEGALE";
    public const string ContratDuree = "CONTRAT_DUREE";
    public const string ContratMention = "CONTRAT_MENTION";
    public const string ContratEssai = "CONTRAT_ESSAI";
    public const string ContratReconductionTacite = "CONTRAT_RECONDUCTION_TACITE";
    public const string RemunerationMinimum = "REMUNERATION_MINIMUM";
    public const string CoherenceAgent = "COHERENCE_AGENT";

    public static IReadOnlyList<string> All { get; } =
    [
        SignatureAbsente, SignataireIncomplet, DelegationAbsente, DateSignatureAbsente, VisaObsolete, VisaCapObsolete,
        VisaPrealableAbsent, MotivationAbsente, RecoursAbsent, RecoursTribunal, RecoursDelai, DateRetroactive,
        DateIncoherente, GrilleEchelonInexistant, GrilleIndice, StageDuree, PositionDuree, RetraiteLimiteAge,
        ContratBaseLegale, ContratDuree, ContratMention, ContratEssai, ContratReconductionTacite, RemunerationMinimum,
        CoherenceAgent,
    ];
}
