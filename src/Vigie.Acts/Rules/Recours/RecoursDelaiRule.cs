using System.Text.RegularExpressions;
using Vigie.Acts.Model;
using Vigie.Acts.Rules.Scanning;

namespace Vigie.Acts.Rules.Recours;

/// <summary>RECOURS_DELAI: the délai de recours stated is not two months (CJA R. 421-1).</summary>
internal sealed partial class RecoursDelaiRule : ActRule
{
    public override string Code => AnomalyCodes.RecoursDelai;

    public override Severity Severity => Severity.Majeure;

    public override string LegalBasis => "CJA R. 421-1";

    public override IEnumerable<Anomaly> Evaluate(AnalyzedAct act)
    {
        if (act.Type == ActType.NonActe)
        {
            yield break;
        }

        var text = act.Segment.Text;
        var anyDelai = false;
        foreach (var (start, end) in RecoursMentions.Sentences(text))
        {
            for (var match = DelaiRegex().Match(text, start, end - start); match.Success; match = match.NextMatch())
            {
                var context = text[Math.Max(start, match.Index - 50)..match.Index];
                if (NotRecoursRegex().IsMatch(context) || FrenchNumbers.Parse(match.Groups["n"].Value) is not { } n)
                {
                    continue; // the implicit rejection ("silence gardé pendant deux mois") or the transmission to the préfet
                }

                anyDelai = true;
                var unit = TextFoldingUnit(match.Groups["u"].Value);
                if (n == 2 && unit == "mois")
                {
                    continue;
                }

                yield return Anomaly(
                    $"Le délai de recours indiqué est de {match.Groups["n"].Value} {match.Groups["u"].Value}, alors que le délai de recours contentieux est de deux mois à compter de la notification.",
                    ActEvidence.FromMatch(act, match));
                yield break;
            }
        }

        if (!anyDelai && act.Fields.DelaiRecoursMois is { } months && months != 2)
        {
            yield return Anomaly(
                $"Le délai de recours indiqué est de {FrenchText.Months(months)}, alors que le délai de recours contentieux est de deux mois à compter de la notification.",
                ActEvidence.ForField(act, "delai_recours_mois"));
        }
    }

    private static string TextFoldingUnit(string unit)
    {
        var folded = Referentiels.TextFolding.Fold(unit);
        return folded.StartsWith("moi", StringComparison.Ordinal) ? "mois"
            : folded.StartsWith("jour", StringComparison.Ordinal) ? "jours"
            : folded.StartsWith("semaine", StringComparison.Ordinal) ? "semaines"
            : "ans";
    }

    [GeneratedRegex(@"(?:d[ée]lai\s+(?:de\s+recours\s+)?(?:(?:contentieux|franc)\s+)?(?:de\s+|d['’])|dans\s+les\s+|dans\s+un\s+d[ée]lai\s+(?:de\s+|d['’])|sous\s+)\s*(?<n>" + FrenchNumbers.WordPattern + @")\s*(?:\(\s*\d+\s*\)\s*)?(?<u>mois|jours?|ans?|ann[ée]es?|semaines?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DelaiRegex();

    [GeneratedRegex(@"silence|pendant|transmi|pr[ée]fe|repr[ée]sentant\s+de\s+l|implicite", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotRecoursRegex();
}
