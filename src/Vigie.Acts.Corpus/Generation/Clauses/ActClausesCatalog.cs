using Vigie.Acts.Corpus.Labels;

namespace Vigie.Acts.Corpus.Generation.Clauses;

/// <summary>The clauses writer of each generated type.</summary>
public sealed class ActClausesCatalog
{
    private readonly Dictionary<ActKind, ActClauses> _byType = new()
    {
        [ActKind.NominationStagiaire] = new NominationStagiaireClauses(),
        [ActKind.Titularisation] = new TitularisationClauses(),
        [ActKind.ProrogationStage] = new ProrogationStageClauses(),
        [ActKind.AvancementEchelon] = new AvancementEchelonClauses(),
        [ActKind.AvancementGrade] = new AvancementGradeClauses(),
        [ActKind.PromotionInterne] = new PromotionInterneClauses(),
        [ActKind.Mutation] = new MutationClauses(),
        [ActKind.Detachement] = new DetachementClauses(),
        [ActKind.Disponibilite] = new DisponibiliteClauses(),
        [ActKind.TempsPartiel] = new TempsPartielClauses(),
        [ActKind.CongeParental] = new CongeParentalClauses(),
        [ActKind.RadiationRetraite] = new RadiationRetraiteClauses(),
        [ActKind.Contrat] = new ContratClauses(),
        [ActKind.Autre] = new AutreClauses(),
    };

    /// <summary>The types the generator writes (every act type of the contract).</summary>
    public IReadOnlyList<ActKind> Types => [.. _byType.Keys];

    public ActClauses For(ActKind type) => _byType.TryGetValue(type, out var clauses)
        ? clauses
        : throw new ArgumentOutOfRangeException(nameof(type), type, "Type non généré.");
}
