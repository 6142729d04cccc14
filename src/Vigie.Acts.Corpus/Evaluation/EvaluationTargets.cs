namespace Vigie.Acts.Corpus.Evaluation;

/// <summary>
/// The "done when" of the acts control (issue "Contrôle des actes RH"): in every style, type accuracy ≥ 98 %,
/// precision and recall ≥ 95 % for every code, field exact match ≥ 97 %.
/// </summary>
public sealed record EvaluationTargets(double TypeAccuracy = 0.98, double CodePrecision = 0.95, double CodeRecall = 0.95, double FieldAccuracy = 0.97)
{
    /// <summary>French reasons a slice misses the targets (empty when it meets them all).</summary>
    public IReadOnlyList<string> Misses(SliceScores slice)
    {
        ArgumentNullException.ThrowIfNull(slice);
        var misses = new List<string>();
        if (slice.TypeAccuracy.Value is { } type && type < TypeAccuracy)
        {
            misses.Add($"type {Percent(type)} < {Percent(TypeAccuracy)}");
        }

        if (slice.FieldAccuracy.Value is { } fields && fields < FieldAccuracy)
        {
            misses.Add($"champs {Percent(fields)} < {Percent(FieldAccuracy)}");
        }

        foreach (var code in slice.Codes)
        {
            if (code.Precision is { } p && p < CodePrecision)
            {
                misses.Add($"{code.Code} précision {Percent(p)}");
            }

            if (code.Recall is { } r && r < CodeRecall)
            {
                misses.Add($"{code.Code} rappel {Percent(r)}");
            }
        }

        return misses;
    }

    public static string Percent(double? value) =>
        value is null ? "–" : (value.Value * 100).ToString("0.0", System.Globalization.CultureInfo.GetCultureInfo("fr-FR")) + " %";
}
