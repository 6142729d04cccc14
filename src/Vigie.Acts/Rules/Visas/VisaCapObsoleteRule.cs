using System.Text.RegularExpressions;
using Vigie.Acts.Model;
using Vigie.Acts.Referentiels.Legal;
using Vigie.Acts.Rules.Scanning;

namespace Vigie.Acts.Rules.Visas;

/// <summary>
/// VISA_CAP_OBSOLETE: an avancement (échelon or grade), a promotion interne or a prorogation de stage cites an avis of
/// the commission administrative paritaire, which has no longer been consulted on them since 1 January 2021.
/// Refusal of titularisation and licenciement still go to the CAP, so other types are left alone.
/// </summary>
internal sealed partial class VisaCapObsoleteRule(ChangementsJuridiques changements) : ActRule
{
    public override string Code => AnomalyCodes.VisaCapObsolete;

    public override Severity Severity => Severity.Mineure;

    public override string LegalBasis => "loi 2019-828; décr. 2019-1265";

    public override IEnumerable<Anomaly> Evaluate(AnalyzedAct act)
    {
        var subject = act.Type switch
        {
            ActType.AvancementEchelon => "l'avancement d'échelon",
            ActType.AvancementGrade => "l'avancement de grade",
            ActType.PromotionInterne => "la promotion interne",
            ActType.ProrogationStage => "la prorogation de stage",
            _ => null,
        };
        var from = changements.DateOf(ChangementsJuridiques.CapAvancement);
        if (subject is null || ActDates.Reference(act) is not { } date || date < from
            || CapAvisRegex().Match(act.Segment.Text) is not { Success: true } match)
        {
            yield break;
        }

        yield return Anomaly(
            $"L'acte vise l'avis de la commission administrative paritaire, qui n'est plus consultée sur {subject} depuis le {FrenchDates.Format(from)} : supprimer cette mention.",
            ActEvidence.FromMatch(act, match));
    }

    [GeneratedRegex(@"(?:avis|consultation|saisine)\s+(?:favorable\s+|d[ée]favorable\s+|conforme\s+)?(?:de\s+la\s+|du\s+|des\s+|de\s+l['’])?(?:commission\s+administrative\s+paritaire|(?-i:C\.?\s?A\.?\s?P)\b)|(?:commission\s+administrative\s+paritaire|(?-i:\bC\.?A\.?P)\b)[^.\n]{0,40}?(?:consult[ée]e|saisie|r[ée]unie|en\s+(?:sa\s+)?s[ée]ance)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CapAvisRegex();
}
