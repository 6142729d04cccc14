using Vigie.Acts.Model;

namespace Vigie.Acts.Rules.Recours;

/// <summary>RECOURS_ABSENT: no mention of the voies et délais de recours (the délai then never runs: CJA R. 421-5).</summary>
internal sealed class RecoursAbsentRule : ActRule
{
    public override string Code => AnomalyCodes.RecoursAbsent;

    public override Severity Severity => Severity.Majeure;

    public override string LegalBasis => "CJA R. 421-5";

    public override IEnumerable<Anomaly> Evaluate(AnalyzedAct act)
    {
        if (act.Type == ActType.NonActe || RecoursMentions.Any(act.Segment.Text))
        {
            yield break;
        }

        yield return Anomaly(
            "L'acte n'indique pas les voies et délais de recours : sans cette mention, le délai de recours de deux mois ne court pas contre l'agent (il peut contester pendant un an).",
            RecoursMentions.EndOfArticles(act));
    }
}
