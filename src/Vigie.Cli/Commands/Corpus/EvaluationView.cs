using System.Globalization;
using Spectre.Console;
using Vigie.Acts.Corpus.Evaluation;

namespace Vigie.Cli.Commands.Corpus;

/// <summary>The evaluation as French console tables.</summary>
internal static class EvaluationView
{
    public static void Render(IAnsiConsole console, CorpusEvaluation evaluation)
    {
        var p = EvaluationTargets.Percent;
        var o = evaluation.Overall;
        var targets = new EvaluationTargets();
        console.MarkupLineInterpolated($"[bold]{o.Acts} actes[/] dans {evaluation.Documents} documents (absents du rapport : {evaluation.DocumentsMissing}, actes en trop : {evaluation.UnexpectedActs})");
        console.MarkupLineInterpolated($"Type : [bold]{p(o.TypeAccuracy.Value)}[/] · Champs : [bold]{p(o.FieldAccuracy.Value)}[/] · Verdict : [bold]{p(o.VerdictAccuracy.Value)}[/] · Anomalies : précision {p(o.Micro.Precision)}, rappel {p(o.Micro.Recall)} · Non-actes : {p(evaluation.NonActs.Value)} · Erreurs : {p(evaluation.Errors.Value)}");

        var styles = new Table().Title("Par style").AddColumns("Style", "Actes", "Type", "Champs", "Verdict", "Objectifs");
        foreach (var (name, slice) in evaluation.ByStyle.Concat(evaluation.ByFormat.Select(kv => KeyValuePair.Create("format " + kv.Key, kv.Value))))
        {
            var misses = targets.Misses(slice);
            styles.AddRow(
                Markup.Escape(name),
                slice.Acts.ToString(CultureInfo.InvariantCulture),
                p(slice.TypeAccuracy.Value),
                p(slice.FieldAccuracy.Value),
                p(slice.VerdictAccuracy.Value),
                misses.Count == 0 ? "[green]atteints[/]" : $"[red]{misses.Count} écart(s)[/]");
        }

        console.Write(styles);
        var codes = new Table().Title("Par code d'anomalie").AddColumns("Code", "Attendus", "Signalés", "VP", "FP", "FN", "Précision", "Rappel");
        foreach (var c in o.Codes)
        {
            codes.AddRow(c.Code, I(c.Expected), I(c.Reported), I(c.TruePositives), I(c.FalsePositives), I(c.FalseNegatives), p(c.Precision), p(c.Recall));
        }

        console.Write(codes);
    }

    private static string I(int value) => value.ToString(CultureInfo.InvariantCulture);
}
