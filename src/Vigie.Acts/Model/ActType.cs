namespace Vigie.Acts.Model;

/// <summary>
/// Act types of the public contract (JSON: SCREAMING_SNAKE_CASE, e.g. <c>NOMINATION_STAGIAIRE</c>).
/// Use <see cref="ActTypeCodes"/> to convert.
/// </summary>
public enum ActType
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

    /// <summary>Not recognised as an act at all (a letter, an invoice, a blank page): reported, never filed.</summary>
    NonActe,
}
