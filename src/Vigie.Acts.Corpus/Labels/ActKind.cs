namespace Vigie.Acts.Corpus.Labels;

/// <summary>
/// The act types of the public contract (shared/spec/acts-check.md). The corpus tooling depends on the contract's
/// JSON codes only, never on the checker's assemblies, so that it measures the checker from outside.
/// </summary>
public enum ActKind
{
    NominationStagiaire,
    Titularisation,
    ProrogationStage,
    AvancementEchelon,
    AvancementGrade,
    PromotionInterne,
    Mutation,
    Detachement,
    Disponibilite,
    TempsPartiel,
    CongeParental,
    RadiationRetraite,
    Contrat,
    Autre,
}
