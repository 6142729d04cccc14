using System.Text.RegularExpressions;
using Vigie.Acts.Model;
using Vigie.Acts.Referentiels.Durees;
using Vigie.Acts.Rules.Scanning;

namespace Vigie.Acts.Rules.Carriere;

/// <summary>
/// RETRAITE_LIMITE_AGE: the radiation des cadres takes effect after the limite d'âge (67 years; the day after the
/// birthday at the latest) and the act states no legal extension (prolongation d'activité, recul de limite d'âge).
/// </summary>
internal sealed partial class RetraiteLimiteAgeRule(DureesLegales durees) : ActRule
{
    public override string Code => AnomalyCodes.RetraiteLimiteAge;

    public override Severity Severity => Severity.Bloquante;

    public override string LegalBasis => "CGFP (limite d'âge)";

    public override IEnumerable<Anomaly> Evaluate(AnalyzedAct act)
    {
        if (act.Type != ActType.RadiationRetraite)
        {
            yield break;
        }

        var text = act.Segment.Text;
        var birth = act.Fields.DateNaissanceAgent ?? BirthMention(text)?.Date;
        if (birth is not { } born)
        {
            act.AddNote("Date de naissance de l'agent introuvable : la limite d'âge n'a pas pu être contrôlée.");
            yield break;
        }

        if (ActDates.Effect(act) is not { } radiation)
        {
            act.AddNote("Date de radiation introuvable : la limite d'âge n'a pas pu être contrôlée.");
            yield break;
        }

        var limit = born.AddYears(durees.LimiteAge.Ans);
        if (radiation <= limit.AddDays(1) || ExtensionRegex().IsMatch(text))
        {
            yield break;
        }

        yield return Anomaly(
            $"La radiation des cadres prend effet le {FrenchDates.Format(radiation)}, après la limite d'âge de {durees.LimiteAge.Ans} ans atteinte le {FrenchDates.Format(limit)} (agent né le {FrenchDates.Format(born)}), sans prolongation d'activité ni recul de limite d'âge mentionnés.",
            ActDates.EffectEvidence(act));
    }

    private static DateMention? BirthMention(string text)
    {
        var match = BornRegex().Match(text);
        return match.Success ? FrenchDates.At(text, match.Index + match.Length) : null;
    }

    [GeneratedRegex(@"\bn[ée]e?\s+le\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BornRegex();

    [GeneratedRegex(@"prolongation\s+d['’]activit[ée]|recul\s+(?:de\s+)?(?:la\s+)?limite\s+d['’][âa]ge|maint(?:ien|enu|enue)\s+en\s+(?:activit[ée]|fonctions?)|au[- ]del[àa]\s+de\s+la\s+limite\s+d['’][âa]ge", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ExtensionRegex();
}
