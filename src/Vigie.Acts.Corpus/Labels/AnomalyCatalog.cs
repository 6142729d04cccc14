using System.Collections.Frozen;

namespace Vigie.Acts.Corpus.Labels;

/// <summary>
/// The anomaly codes of shared/spec/acts-check.md with their severity, to derive the expected verdict of a label.
/// </summary>
public static class AnomalyCatalog
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

    private static readonly FrozenDictionary<string, AnomalySeverity> Severities = new Dictionary<string, AnomalySeverity>(StringComparer.Ordinal)
    {
        [SignatureAbsente] = AnomalySeverity.Bloquante,
        [SignataireIncomplet] = AnomalySeverity.Majeure,
        [DelegationAbsente] = AnomalySeverity.Bloquante,
        [DateSignatureAbsente] = AnomalySeverity.Majeure,
        [VisaObsolete] = AnomalySeverity.Mineure,
        [VisaCapObsolete] = AnomalySeverity.Mineure,
        [VisaPrealableAbsent] = AnomalySeverity.Majeure,
        [MotivationAbsente] = AnomalySeverity.Bloquante,
        [RecoursAbsent] = AnomalySeverity.Majeure,
        [RecoursTribunal] = AnomalySeverity.Majeure,
        [RecoursDelai] = AnomalySeverity.Majeure,
        [DateRetroactive] = AnomalySeverity.Bloquante,
        [DateIncoherente] = AnomalySeverity.Majeure,
        [GrilleEchelonInexistant] = AnomalySeverity.Bloquante,
        [GrilleIndice] = AnomalySeverity.Majeure,
        [StageDuree] = AnomalySeverity.Majeure,
        [PositionDuree] = AnomalySeverity.Majeure,
        [RetraiteLimiteAge] = AnomalySeverity.Bloquante,
        [ContratBaseLegale] = AnomalySeverity.Bloquante,
        [ContratDuree] = AnomalySeverity.Bloquante,
        [ContratMention] = AnomalySeverity.Majeure,
        [ContratEssai] = AnomalySeverity.Majeure,
        [ContratReconductionTacite] = AnomalySeverity.Majeure,
        [RemunerationMinimum] = AnomalySeverity.Majeure,
        [CoherenceAgent] = AnomalySeverity.Majeure,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Every code of the contract, in the spec's order.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        SignatureAbsente, SignataireIncomplet, DelegationAbsente, DateSignatureAbsente, VisaObsolete, VisaCapObsolete,
        VisaPrealableAbsent, MotivationAbsente, RecoursAbsent, RecoursTribunal, RecoursDelai, DateRetroactive,
        DateIncoherente, GrilleEchelonInexistant, GrilleIndice, StageDuree, PositionDuree, RetraiteLimiteAge,
        ContratBaseLegale, ContratDuree, ContratMention, ContratEssai, ContratReconductionTacite, RemunerationMinimum,
        CoherenceAgent,
    ];

    public static bool IsKnown(string code) => Severities.ContainsKey(code);

    public static AnomalySeverity SeverityOf(string code) => Severities.TryGetValue(code, out var s)
        ? s
        : throw new KeyNotFoundException($"Code d'anomalie inconnu : {code}");

    /// <summary>
    /// The verdict the contract gives an act fully analysed with these anomalies: <c>a_corriger</c> when one is
    /// bloquante or majeure, else <c>conforme</c> (mineure ones stay observations).
    /// </summary>
    public static string ExpectedVerdict(IEnumerable<string> codes) =>
        codes.Any(c => SeverityOf(c) != AnomalySeverity.Mineure) ? VerdictCodes.ACorriger : VerdictCodes.Conforme;
}
