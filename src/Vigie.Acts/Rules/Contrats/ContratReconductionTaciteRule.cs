using System.Text.RegularExpressions;
using Vigie.Acts.Model;
using Vigie.Acts.Rules.Scanning;

namespace Vigie.Acts.Rules.Contrats;

/// <summary>
/// CONTRAT_RECONDUCTION_TACITE: the contract renews itself tacitly; a renewal must be an express decision
/// (CE 27 oct. 1999 n° 178412). A clause that excludes tacit renewal is not one.
/// </summary>
internal sealed partial class ContratReconductionTaciteRule : ActRule
{
    public override string Code => AnomalyCodes.ContratReconductionTacite;

    public override Severity Severity => Severity.Majeure;

    public override string LegalBasis => "CGFP L. 332-9; CE 27 oct. 1999 n° 178412";

    public override IEnumerable<Anomaly> Evaluate(AnalyzedAct act)
    {
        if (act.Type != ActType.Contrat)
        {
            yield break;
        }

        var text = act.Segment.Text;
        for (var match = TaciteRegex().Match(text); match.Success; match = match.NextMatch())
        {
            var line = TextLines.Around(text, match.Index);
            var before = text[Math.Max(line.Start, match.Index - 80)..match.Index];
            if (NegationRegex().IsMatch(before))
            {
                continue; // "ne peut en aucun cas faire l'objet d'une reconduction tacite"
            }

            yield return Anomaly(
                "Le contrat prévoit son renouvellement par tacite reconduction : un contrat d'agent public ne peut être renouvelé que par une décision expresse.",
                ActEvidence.FromMatch(act, match));
            yield break;
        }
    }

    [GeneratedRegex(@"(?:reconduction|renouvellement)\s+tacite|tacite\s+(?:reconduction|renouvellement)|tacitement\s+(?:reconduit|renouvel)\w*|(?:reconduit|renouvel[ée])e?s?\s+tacitement|(?:reconduit|renouvel[ée])e?s?\s+(?:de\s+plein\s+droit|automatiquement)|(?:se\s+renouvellera|sera\s+renouvel[ée]e?)\s+(?:automatiquement|de\s+plein\s+droit)|sauf\s+d[ée]nonciation", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TaciteRegex();

    [GeneratedRegex(@"\b(?:ne|n['’]|pas|sans|aucune?|exclu\w*|interdit\w*|jamais|non)\b[^.;]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NegationRegex();
}
