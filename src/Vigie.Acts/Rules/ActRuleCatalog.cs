using Vigie.Acts.Rules.Agent;
using Vigie.Acts.Rules.Carriere;
using Vigie.Acts.Rules.Contrats;
using Vigie.Acts.Rules.Dates;
using Vigie.Acts.Rules.Recours;
using Vigie.Acts.Rules.Signature;
using Vigie.Acts.Rules.Visas;

namespace Vigie.Acts.Rules;

/// <summary>Every rule class of the contract, in the order they run (one per anomaly code).</summary>
internal static class ActRuleCatalog
{
    public static IReadOnlyList<Type> RuleTypes { get; } =
    [
        typeof(SignatureAbsenteRule),
        typeof(SignataireIncompletRule),
        typeof(DelegationAbsenteRule),
        typeof(DateSignatureAbsenteRule),
        typeof(VisaObsoleteRule),
        typeof(VisaCapObsoleteRule),
        typeof(VisaPrealableAbsentRule),
        typeof(MotivationAbsenteRule),
        typeof(RecoursAbsentRule),
        typeof(RecoursTribunalRule),
        typeof(RecoursDelaiRule),
        typeof(DateRetroactiveRule),
        typeof(DateIncoherenteRule),
        typeof(GrilleEchelonInexistantRule),
        typeof(GrilleIndiceRule),
        typeof(StageDureeRule),
        typeof(PositionDureeRule),
        typeof(RetraiteLimiteAgeRule),
        typeof(ContratBaseLegaleRule),
        typeof(ContratDureeRule),
        typeof(ContratMentionRule),
        typeof(ContratEssaiRule),
        typeof(ContratReconductionTaciteRule),
        typeof(RemunerationMinimumRule),
        typeof(CoherenceAgentRule),
    ];
}
