using Vigie.Acts.Model;
using Vigie.Acts.Rules.Scanning;

namespace Vigie.Acts.Rules.Dates;

/// <summary>
/// DATE_RETROACTIVE: a nomination (stagiaire, mutation, promotion interne, avancement de grade, détachement) or a
/// contract takes effect before it is signed (principle of non-retroactivity, CE Ass. 1948 <i>L'Aurore</i>).
/// </summary>
internal sealed class DateRetroactiveRule : ActRule
{
    public override string Code => AnomalyCodes.DateRetroactive;

    public override Severity Severity => Severity.Bloquante;

    public override string LegalBasis => "non-rétroactivité (CE Ass. 25 juin 1948, Société du journal L'Aurore)";

    public override IEnumerable<Anomaly> Evaluate(AnalyzedAct act)
    {
        var what = act.Type switch
        {
            ActType.NominationStagiaire => "une nomination ne peut pas être rétroactive",
            ActType.Mutation => "une mutation ne peut pas être rétroactive",
            ActType.PromotionInterne => "une nomination par promotion interne ne peut pas être rétroactive",
            ActType.AvancementGrade => "un avancement de grade ne peut pas être rétroactif",
            ActType.Detachement => "un détachement ne peut pas être rétroactif",
            ActType.Contrat => "un contrat ne peut pas être rétroactif",
            _ => null,
        };
        if (what is null || ActDates.Signature(act) is not { } signature)
        {
            yield break; // a missing date of signature is DATE_SIGNATURE_ABSENTE
        }

        if (ActDates.Effect(act) is not { } effect)
        {
            if (!ActDates.EffectIsOnNotification(act))
            {
                act.AddNote("Date d'effet introuvable : le contrôle de rétroactivité n'a pas pu être fait.");
            }

            yield break;
        }

        if (effect >= signature)
        {
            yield break;
        }

        yield return Anomaly(
            $"L'acte prend effet le {FrenchDates.Format(effect)}, avant sa signature le {FrenchDates.Format(signature)} : {what}.",
            ActDates.EffectEvidence(act) ?? ActDates.SignatureEvidence(act));
    }
}
