using System.Globalization;
using Vigie.Acts.Model;
using Vigie.Acts.Referentiels.Grilles;
using Vigie.Acts.Rules.Scanning;

namespace Vigie.Acts.Rules.Carriere;

/// <summary>GRILLE_INDICE: the IB or the IM differs from the grid in force at the date d'effet for that grade and échelon.</summary>
internal sealed class GrilleIndiceRule(GrillesIndiciaires grilles) : ActRule
{
    public override string Code => AnomalyCodes.GrilleIndice;

    public override Severity Severity => Severity.Majeure;

    public override string LegalBasis => "décr. 2016-604, 2010-330, 87-1100; 82-1105";

    public override IEnumerable<Anomaly> Evaluate(AnalyzedAct act)
    {
        if (GridContextResolver.Resolve(act, grilles) is not { } context
            || context.Grille.Echelon(context.Echelon) is not { } expected)
        {
            yield break;
        }

        var wrong = new List<string>();
        Evidence? evidence = null;
        if (context.Ib is { } ib && ib != expected.Ib)
        {
            wrong.Add($"l'indice brut {Number(ib)}");
            evidence = ActEvidence.ForValue(act, FieldNames.IndiceBrut, Number(ib));
        }

        if (context.Im is { } im && im != expected.Im)
        {
            wrong.Add($"l'indice majoré {Number(im)}");
            evidence ??= ActEvidence.ForValue(act, FieldNames.IndiceMajore, Number(im));
        }

        if (wrong.Count == 0)
        {
            yield break;
        }

        var verb = wrong.Count > 1 ? "ne correspondent pas" : "ne correspond pas";
        var subject = FrenchList.Join(wrong);
        yield return Anomaly(
            $"{char.ToUpperInvariant(subject[0])}{subject[1..]} {verb} au {FrenchText.Echelon(context.Echelon)} du grade {FrenchText.Of(context.Grade)} : la grille en vigueur le {FrenchDates.Format(context.Date)} prévoit IB {Number(expected.Ib)} / IM {Number(expected.Im)}.",
            evidence);
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
