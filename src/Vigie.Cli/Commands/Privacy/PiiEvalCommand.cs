using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;
using Vigie.Cli.Infrastructure;
using Vigie.Privacy;
using Vigie.Privacy.Detection;
using Vigie.Privacy.Evaluation;

namespace Vigie.Cli.Commands.Privacy;

/// <summary><c>vigie pii-eval</c>: per-type precision, recall, F2 and the document leak rate on a labelled corpus.</summary>
public sealed class PiiEvalCommand(PiiDetector detector, IAnsiConsole console) : Command<PiiEvalSettings>
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public override int Execute(CommandContext context, PiiEvalSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        IReadOnlyList<LabelledDocument> documents;
        try
        {
            documents = LabelledCorpusReader.ReadFolder(settings.Folder);
        }
        catch (Exception e) when (e is IOException or FormatException or UnauthorizedAccessException)
        {
            console.MarkupLineInterpolated($"[red]Corpus illisible :[/] {e.Message}");
            return ExitCodes.Failure;
        }

        if (documents.Count == 0)
        {
            console.MarkupLineInterpolated($"[red]Aucun document .txt dans[/] {settings.Folder}");
            return ExitCodes.Failure;
        }

        var evaluator = new PiiEvaluator(detector);
        var groups = documents.Select(d => d.Group).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var reports = new List<EvaluationReport>();
        foreach (var group in groups)
        {
            reports.Add(evaluator.Evaluate(documents.Where(d => d.Group == group).ToList(), group));
        }

        if (groups.Count > 1)
        {
            reports.Add(evaluator.Evaluate(documents, "ensemble"));
        }

        foreach (var report in reports)
        {
            Write(report, settings.Errors);
        }

        return ExitCodes.Ok;
    }

    private void Write(EvaluationReport report, bool errors)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .Title($"Corpus « {Markup.Escape(report.Group)} » : {report.Documents} documents");
        table.AddColumn("Type");
        table.AddColumn(new TableColumn("Attendues").RightAligned());
        table.AddColumn(new TableColumn("Détectées").RightAligned());
        table.AddColumn(new TableColumn("Précision").RightAligned());
        table.AddColumn(new TableColumn("Rappel").RightAligned());
        table.AddColumn(new TableColumn("F2").RightAligned());
        foreach (var score in report.PerType)
        {
            if (score.Gold == 0 && score.Predicted == 0)
            {
                continue;
            }

            table.AddRow(score.Type!.Value.ToCode(), N(score.Gold), N(score.Predicted), P(score.Precision), P(score.Recall), P(score.F2));
        }

        var o = report.Overall;
        table.AddRow("[bold]Ensemble[/]", N(o.Gold), N(o.Predicted), P(o.Precision), P(o.Recall), P(o.F2));
        console.Write(table);
        console.MarkupLineInterpolated(
            $"Taux de fuite (documents avec au moins une entité manquée) : [bold]{P(report.LeakRate)}[/] ({report.LeakingDocuments}/{report.Documents}).");
        if (!errors)
        {
            return;
        }

        foreach (var error in report.Errors)
        {
            console.MarkupLineInterpolated(
                $"  {(error.Missed ? "[red]manquée[/]" : "[yellow]en trop[/]")} {error.Type.ToCode()} {error.Document} [[{error.Start}..{error.End}]] « {error.Text.Replace("\n", "⏎", StringComparison.Ordinal)} »");
        }
    }

    private static string N(int value) => value.ToString("N0", French);

    private static string P(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}
