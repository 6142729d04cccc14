using System.Text.RegularExpressions;
using Vigie.Acts.Model;

namespace Vigie.Acts.Classification;

/// <summary>
/// The clues of each act type. Weights say how decisive a clue is; the classifier multiplies them by the
/// weight of the part of the act where they appear (objet and first article count most, visas almost not),
/// so that a titularisation that cites a prorogation in its visas stays a titularisation.
/// </summary>
public static partial class TypeCues
{
    public static IReadOnlyList<TypeCue> All { get; } =
    [
        new(ActType.NominationStagiaire, 5, NominationStagiaireTitle(), "nomination stagiaire"),
        new(ActType.NominationStagiaire, 4, NommeStagiaire(), "nommé(e) stagiaire"),
        new(ActType.NominationStagiaire, 4, EnQualiteDeStagiaire(), "en qualité de stagiaire"),
        new(ActType.NominationStagiaire, 3, DetachementPourStage(), "détachement pour stage"),
        new(ActType.NominationStagiaire, 1.5, StageDuree(), "durée du stage"),

        new(ActType.Titularisation, 6, Titularisation(), "titularisation"),

        new(ActType.ProrogationStage, 7, ProrogationStage(), "prorogation du stage"),

        new(ActType.AvancementEchelon, 6, AvancementEchelon(), "avancement d'échelon"),
        new(ActType.AvancementEchelon, 4, PromuEchelon(), "promu(e) à l'échelon"),

        new(ActType.AvancementGrade, 6, AvancementGrade(), "avancement de grade"),
        new(ActType.AvancementGrade, 5, PromuGrade(), "promu(e) au grade"),
        new(ActType.AvancementGrade, 1.5, TableauAvancement(), "tableau d'avancement"),

        new(ActType.PromotionInterne, 7, PromotionInterne(), "promotion interne"),

        new(ActType.Mutation, 6, Mutation(), "mutation"),

        new(ActType.Detachement, 6, Detachement(), "détachement"),

        new(ActType.Disponibilite, 6, Disponibilite(), "disponibilité"),

        new(ActType.TempsPartiel, 6, TempsPartiel(), "temps partiel"),

        new(ActType.CongeParental, 7, CongeParental(), "congé parental"),

        new(ActType.RadiationRetraite, 6, RadiationCadres(), "radiation des cadres"),
        new(ActType.RadiationRetraite, 6, Retraite(), "admission à la retraite"),

        new(ActType.Contrat, 7, ContratDuree(), "contrat à durée déterminée"),
        new(ActType.Contrat, 4, ContratMot(), "contrat"),
        new(ActType.Contrat, 3, AgentContractuel(), "agent contractuel"),
        new(ActType.Contrat, 5, RecrutementContractuel(), "recrutement d'un contractuel"),
        new(ActType.Contrat, 4, BaseContrat(), "article L. 332-x"),
        new(ActType.Contrat, 3, BaseContratLoi84(), "article 3 de la loi 84-53"),
        new(ActType.Contrat, 4, ContratParties(), "entre les soussignés"),
        new(ActType.Contrat, 3, Accroissement(), "accroissement d'activité"),

        new(ActType.Autre, 6, AutreCarriere(), "autre décision individuelle"),
        new(ActType.Autre, 7, AutreSpecifique(), "décision d'un autre type"),
        new(ActType.Autre, 2, Affectation(), "affectation"),
    ];

    [GeneratedRegex(@"\bnomination\b[^.\n]{0,60}\bstagiaire|\bstagiairisation\b|\brecrutement\b[^.\n]{0,60}\bstagiaire", RegexOptions.CultureInvariant)]
    private static partial Regex NominationStagiaireTitle();

    [GeneratedRegex(@"\bnommee?s?\b[^.;\n]{0,150}\bstagiaire", RegexOptions.CultureInvariant)]
    private static partial Regex NommeStagiaire();

    [GeneratedRegex(@"en qualite de (?:fonctionnaire )?stagiaire", RegexOptions.CultureInvariant)]
    private static partial Regex EnQualiteDeStagiaire();

    [GeneratedRegex(@"\bdetach\w* pour (?:effectuer |accomplir )?(?:son |un |le |une periode de )?stage", RegexOptions.CultureInvariant)]
    private static partial Regex DetachementPourStage();

    [GeneratedRegex(@"\bstage (?:d'une duree|de (?:six|6|un|1|douze|12) (?:mois|an))|\beffectuera (?:un|son) stage", RegexOptions.CultureInvariant)]
    private static partial Regex StageDuree();

    [GeneratedRegex(@"(?<!(?:pourra|pourrait|pourront|peut|sera|seront|vue de|avant|refus de|non)\W{1,3}(?:(?:la|sa|etre)\W{1,3})?)\btitularis\w*", RegexOptions.CultureInvariant)]
    private static partial Regex Titularisation();

    [GeneratedRegex(@"(?<!(?:apres|issue d[eu]|suite a|suivant|cours d[eu]|terme d[eu]|fin d[eu])\W{1,3}(?:(?:la|une|sa|sa periode de|son)\W{1,3})?)\b(?:prorog|prolong)\w*[^.\n]{0,40}\bstage\b|\bstage\b[^.\n]{0,60}\b(?:est|sont|etre|soit) (?:proroge|prolonge)\w*", RegexOptions.CultureInvariant)]
    private static partial Regex ProrogationStage();

    [GeneratedRegex(@"\bavancement (?:d'|a l')\s?echelon|\bavancement au \w+ echelon|\bchangement d'echelon", RegexOptions.CultureInvariant)]
    private static partial Regex AvancementEchelon();

    [GeneratedRegex(@"\b(?:promue?s?|accede\w*|avance\w*|parvien\w*|parvenue?s?) (?:au|a l') ?(?:\d+ ?(?:e|er|eme|ieme|°)|[a-z]+ieme|premier) ?echelon|\bechelon superieur", RegexOptions.CultureInvariant)]
    private static partial Regex PromuEchelon();

    [GeneratedRegex(@"\bavancement (?:de|au) grade|\bavancement au grade", RegexOptions.CultureInvariant)]
    private static partial Regex AvancementGrade();

    [GeneratedRegex(@"\bpromue?s? (?:au|dans le) grade|\bnommee?s? au grade d'avancement", RegexOptions.CultureInvariant)]
    private static partial Regex PromuGrade();

    [GeneratedRegex(@"\btableau (?:annuel )?d'avancement", RegexOptions.CultureInvariant)]
    private static partial Regex TableauAvancement();

    [GeneratedRegex(@"\bpromotion interne\b", RegexOptions.CultureInvariant)]
    private static partial Regex PromotionInterne();

    [GeneratedRegex(@"\bmutation\b(?! interne)", RegexOptions.CultureInvariant)]
    private static partial Regex Mutation();

    [GeneratedRegex(@"\bdetach(?:ement|ee?s?)\b(?! pour (?:effectuer |accomplir )?(?:son |un |le |une periode de )?stage)", RegexOptions.CultureInvariant)]
    private static partial Regex Detachement();

    [GeneratedRegex(@"\bdisponibilite\b(?! des credits| budgetaire)", RegexOptions.CultureInvariant)]
    private static partial Regex Disponibilite();

    [GeneratedRegex(@"\btemps partiel\b(?! therapeutique)", RegexOptions.CultureInvariant)]
    private static partial Regex TempsPartiel();

    [GeneratedRegex(@"\bconge parental\b", RegexOptions.CultureInvariant)]
    private static partial Regex CongeParental();

    [GeneratedRegex(@"\bradiation des cadres|\bradiee?s? des cadres|\bradiation d'office", RegexOptions.CultureInvariant)]
    private static partial Regex RadiationCadres();

    [GeneratedRegex(@"\b(?:admission|admise?s?|mise?s?|depart) (?:a faire valoir (?:ses|son) droits? a |a )la retraite|\bretraite pour invalidite|\bmise a la retraite", RegexOptions.CultureInvariant)]
    private static partial Regex Retraite();

    [GeneratedRegex(@"\bcontrat (?:de travail |d'engagement |de recrutement )?(?:a duree (?:in)?determinee|de projet)|\bc\.?d\.?[di]\.?\b", RegexOptions.CultureInvariant)]
    private static partial Regex ContratDuree();

    [GeneratedRegex(@"\bcontrat\b(?! de (?:maintenance|location|pret|prestation))|\bavenant\b", RegexOptions.CultureInvariant)]
    private static partial Regex ContratMot();

    [GeneratedRegex(@"\bagents? contractuels?\b|\bagents? non titulaires?\b", RegexOptions.CultureInvariant)]
    private static partial Regex AgentContractuel();

    [GeneratedRegex(@"\b(?:recrut|engag)\w*[^.\n]{0,80}\b(?:contractuel|par contrat|a titre temporaire|non titulaire)", RegexOptions.CultureInvariant)]
    private static partial Regex RecrutementContractuel();

    [GeneratedRegex(@"\bl\.? ?332-\d", RegexOptions.CultureInvariant)]
    private static partial Regex BaseContrat();

    [GeneratedRegex(@"\barticle 3(?:-[1-3])?\b[^.\n]{0,50}(?:84-53|26 janvier 1984)", RegexOptions.CultureInvariant)]
    private static partial Regex BaseContratLoi84();

    [GeneratedRegex(@"\bentre les soussigne|\bil (?:a ete|est) convenu|\bconviennent de ce qui suit|\bd'une part\b", RegexOptions.CultureInvariant)]
    private static partial Regex ContratParties();

    [GeneratedRegex(@"\baccroissement (?:temporaire|saisonnier) d'activite", RegexOptions.CultureInvariant)]
    private static partial Regex Accroissement();

    [GeneratedRegex(@"\bregime indemnitaire|\brifseep\b|\bifse\b|\bnouvelle bonification indiciaire|\bn\.?b\.?i\b|\bsanction\b|\bblame\b|\bavertissement\b|\bexclusion temporaire|\brevocation\b|\blicenciement\b|\bconge (?:de |pour )?(?:maladie|longue maladie|longue duree|grave maladie|maternite|paternite|formation|invalidite temporaire|accident)|\bcitis\b|\breclassement\b|\bmise a disposition\b|\bastreintes?\b|\bheures supplementaires|\bcumul d'activites|\bsuspension\b|\bintegration directe|\bdelegation de (?:fonctions?|signature)\b|\bvacataire\b|\bapprenti", RegexOptions.CultureInvariant)]
    private static partial Regex AutreCarriere();

    [GeneratedRegex(@"\bmutation interne|\bchangement d'affectation|\btemps partiel therapeutique|\brefus de titularisation|\bnon[- ]titularisation|\blicenciement\b[^.\n]{0,40}\bstage|\bfin de contrat|\bnon[- ]renouvellement", RegexOptions.CultureInvariant)]
    private static partial Regex AutreSpecifique();

    [GeneratedRegex(@"\baffectation\b", RegexOptions.CultureInvariant)]
    private static partial Regex Affectation();
}
