using System.Globalization;
using System.Text;

namespace Vigie.Acts.Corpus.Evaluation;

/// <summary>Writes an evaluation as French Markdown (evaluation.md): summary, per style, per format, per code, per field, confusion.</summary>
public static class EvaluationMarkdownWriter
{
    public static string Write(CorpusEvaluation evaluation, string title, EvaluationTargets? targets = null)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        targets ??= new EvaluationTargets();
        var p = EvaluationTargets.Percent;
        var md = new StringBuilder();
        var o = evaluation.Overall;
        md.Append(CultureInfo.InvariantCulture, $"# {title}\n\n");
        md.Append(CultureInfo.InvariantCulture, $"- Documents étiquetés : {evaluation.Documents} (absents du rapport : {evaluation.DocumentsMissing})\n");
        md.Append(CultureInfo.InvariantCulture, $"- Actes étiquetés : {o.Acts} ; actes en trop dans le rapport : {evaluation.UnexpectedActs}\n");
        md.Append(CultureInfo.InvariantCulture, $"- Exactitude du type : {p(o.TypeAccuracy.Value)} ({o.TypeAccuracy.Correct}/{o.TypeAccuracy.Total})\n");
        md.Append(CultureInfo.InvariantCulture, $"- Exactitude des champs : {p(o.FieldAccuracy.Value)} ({o.FieldAccuracy.Correct}/{o.FieldAccuracy.Total})\n");
        md.Append(CultureInfo.InvariantCulture, $"- Exactitude du verdict : {p(o.VerdictAccuracy.Value)} ({o.VerdictAccuracy.Correct}/{o.VerdictAccuracy.Total})\n");
        md.Append(CultureInfo.InvariantCulture, $"- Anomalies, toutes confondues : précision {p(o.Micro.Precision)}, rappel {p(o.Micro.Recall)}\n");
        md.Append(CultureInfo.InvariantCulture, $"- Non-actes reconnus : {p(evaluation.NonActs.Value)} ({evaluation.NonActs.Correct}/{evaluation.NonActs.Total}) ; fichiers en erreur signalés : {p(evaluation.Errors.Value)} ({evaluation.Errors.Correct}/{evaluation.Errors.Total})\n\n");

        Slices(md, "Par style", evaluation.ByStyle, targets);
        Slices(md, "Par format", evaluation.ByFormat, targets);

        md.Append("## Par code d'anomalie\n\n| Code | Attendus | Signalés | VP | FP | FN | Précision | Rappel | F1 |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        foreach (var c in o.Codes)
        {
            md.Append(CultureInfo.InvariantCulture, $"| {c.Code} | {c.Expected} | {c.Reported} | {c.TruePositives} | {c.FalsePositives} | {c.FalseNegatives} | {p(c.Precision)} | {p(c.Recall)} | {p(c.F1)} |\n");
        }

        md.Append("\n## Par champ\n\n| Champ | Comparés | Exacts | Manquants | En trop | Faux | Exactitude |\n|---|---:|---:|---:|---:|---:|---:|\n");
        foreach (var f in o.Fields)
        {
            md.Append(CultureInfo.InvariantCulture, $"| {f.Field} | {f.Compared} | {f.Correct} | {f.Missing} | {f.Spurious} | {f.Wrong} | {p(f.Accuracy)} |\n");
        }

        md.Append("\n## Confusions de type (hors diagonale)\n\n| Attendu | Rapporté | Actes |\n|---|---|---:|\n");
        foreach (var c in evaluation.Confusion.Where(c => c.Expected != c.Predicted))
        {
            md.Append(CultureInfo.InvariantCulture, $"| {c.Expected} | {c.Predicted} | {c.Count} |\n");
        }

        md.Append("\nLes champs sont comparés quand l'étiquette ou le rapport donne une valeur (casse, espaces et apostrophes des noms ignorés ; le grade doit être le libellé du catalogue).\n");
        return md.ToString();
    }

    private static void Slices(StringBuilder md, string heading, IReadOnlyDictionary<string, SliceScores> slices, EvaluationTargets targets)
    {
        var p = EvaluationTargets.Percent;
        md.Append(CultureInfo.InvariantCulture, $"## {heading}\n\n| | Actes | Type | Champs | Verdict | Précision min. (code) | Rappel min. (code) | Objectifs |\n|---|---:|---:|---:|---:|---|---|---|\n");
        foreach (var (name, s) in slices)
        {
            var misses = targets.Misses(s);
            var worstP = s.WorstPrecision;
            var worstR = s.WorstRecall;
            md.Append(CultureInfo.InvariantCulture,
                $"| {name} | {s.Acts} | {p(s.TypeAccuracy.Value)} | {p(s.FieldAccuracy.Value)} | {p(s.VerdictAccuracy.Value)} | {p(worstP?.Precision)} {(worstP is null ? string.Empty : "(" + worstP.Code + ")")} | {p(worstR?.Recall)} {(worstR is null ? string.Empty : "(" + worstR.Code + ")")} | {(misses.Count == 0 ? "atteints" : "non atteints : " + string.Join(" ; ", misses.Take(6)) + (misses.Count > 6 ? " ; …" : string.Empty))} |\n");
        }

        md.Append('\n');
    }
}
