using System.Globalization;
using System.Text.RegularExpressions;
using Vigie.Acts.Model;
using Vigie.Acts.Referentiels.Grilles;
using Vigie.Acts.Rules.Scanning;

namespace Vigie.Acts.Rules.Carriere;

/// <summary>GRILLE_ECHELON_INEXISTANT: the échelon is beyond the last échelon of the grade (or below the first).</summary>
internal sealed partial class GrilleEchelonInexistantRule(GrillesIndiciaires grilles) : ActRule
{
    public override string Code => AnomalyCodes.GrilleEchelonInexistant;

    public override Severity Severity => Severity.Bloquante;

    public override string LegalBasis => "statuts particuliers (décr. 2016-596, 2010-329, 87-1099)";

    public override IEnumerable<Anomaly> Evaluate(AnalyzedAct act)
    {
        if (GridContextResolver.Resolve(act, grilles) is not { } context || context.Grille.Echelon(context.Echelon) is not null)
        {
            yield break;
        }

        var last = context.Grille.DernierEchelon;
        yield return Anomaly(
            $"Le {FrenchText.Echelon(context.Echelon)} n'existe pas : le grade {FrenchText.Of(context.Grade)} compte {last.ToString(CultureInfo.InvariantCulture)} échelons ({context.Grille.StatutParticulier}).",
            EchelonEvidence(act, context.Echelon));
    }

    /// <summary>Where the échelon is written: the field's evidence, else "12e échelon" / "échelon 12" in the act.</summary>
    internal static Evidence EchelonEvidence(AnalyzedAct act, int echelon)
    {
        if (ActEvidence.ForField(act, FieldNames.Echelon) is { } field)
        {
            return field;
        }

        var text = act.Segment.Text;
        for (var match = EchelonRegex().Match(text); match.Success; match = match.NextMatch())
        {
            if (int.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture) == echelon)
            {
                return ActEvidence.FromMatch(act, match);
            }
        }

        return new Evidence(null, FrenchText.Echelon(echelon));
    }

    [GeneratedRegex(@"\b(?<n>\d{1,2})\s*(?:e|[eè]me|er|re)\s+[ée]chelon|[ée]chelon\s*(?:n\s?[°ºo]\s*)?:?\s*(?<n>\d{1,2})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EchelonRegex();
}
