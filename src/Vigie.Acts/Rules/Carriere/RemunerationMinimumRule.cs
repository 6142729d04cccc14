using System.Globalization;
using System.Text.RegularExpressions;
using Vigie.Acts.Model;
using Vigie.Acts.Referentiels.Durees;
using Vigie.Acts.Rules.Scanning;

namespace Vigie.Acts.Rules.Carriere;

/// <summary>
/// REMUNERATION_MINIMUM: the indice majoré (or, without it, the indice brut) is below the minimum de traitement in
/// force at the date d'effet (IM 366 / IB 367 since 1 January 2024). Before the first known minimum: not checked.
/// </summary>
internal sealed partial class RemunerationMinimumRule(DureesLegales durees) : ActRule
{
    public override string Code => AnomalyCodes.RemunerationMinimum;

    public override Severity Severity => Severity.Majeure;

    public override string LegalBasis => "décr. 85-1148 art. 8";

    public override IEnumerable<Anomaly> Evaluate(AnalyzedAct act)
    {
        if (act.Type == ActType.NonActe
            || (ActDates.Effect(act) ?? ActDates.Signature(act)) is not { } date
            || durees.MinimumOn(date) is not { } minimum)
        {
            yield break;
        }

        var im = act.Fields.IndiceMajore ?? SingleValue(act, MajoreRegex());
        if (im is { } majore)
        {
            if (majore < minimum.IndiceMajore)
            {
                yield return Anomaly(
                    $"L'indice majoré {Number(majore)} est inférieur au minimum de traitement (IM {Number(minimum.IndiceMajore)} depuis le {FrenchDates.Format(minimum.ValidFrom)}) : la rémunération doit être portée au moins à l'IM {Number(minimum.IndiceMajore)}.",
                    ActEvidence.ForValue(act, FieldNames.IndiceMajore, Number(majore)));
            }

            yield break;
        }

        if ((act.Fields.IndiceBrut ?? SingleValue(act, BrutRegex())) is { } brut && brut < minimum.IndiceBrut)
        {
            yield return Anomaly(
                $"L'indice brut {Number(brut)} est inférieur à celui du minimum de traitement (IB {Number(minimum.IndiceBrut)} / IM {Number(minimum.IndiceMajore)} depuis le {FrenchDates.Format(minimum.ValidFrom)}).",
                ActEvidence.ForValue(act, FieldNames.IndiceBrut, Number(brut)));
        }
    }

    /// <summary>The value when the act writes exactly one (an avancement may write the old and the new indices).</summary>
    private static int? SingleValue(AnalyzedAct act, Regex regex)
    {
        var values = regex.Matches(act.Segment.Text)
            .Select(m => int.Parse(m.Groups["v"].Value, CultureInfo.InvariantCulture))
            .Distinct()
            .ToList();
        return values.Count == 1 ? values[0] : null;
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"(?:indice\s+(?:nouveau\s+)?major[ée]|(?-i:\bI\.?N?\.?M\.?))\s*(?:\(\s*(?-i:I\.?N?\.?M\.?)\s*\)\s*)?(?:[:=]\s*)?(?:n\s?[°ºo]\s*)?(?<v>\d{3,4})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MajoreRegex();

    [GeneratedRegex(@"(?:indice\s+brut|(?-i:\bI\.?B\.?))\s*(?:\(\s*(?-i:I\.?B\.?)\s*\)\s*)?(?:[:=]\s*)?(?:n\s?[°ºo]\s*)?(?<v>\d{3,4})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BrutRegex();
}
