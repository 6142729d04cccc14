using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;
using Vigie.Acts.Corpus.Evaluation;
using Vigie.Acts.Corpus.Labels;
using Vigie.Cli.Infrastructure;

namespace Vigie.Cli.Commands.Corpus;

/// <summary><c>vigie eval</c>: scores a report.json against a labelled corpus and writes evaluation.md / evaluation.json.</summary>
public sealed class EvalCommand(IAnsiConsole console) : Command<EvalSettings>
{
    public override int Execute(CommandContext context, EvalSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var labelsPath = File.Exists(settings.Corpus) ? settings.Corpus : Path.Combine(settings.Corpus, LabelsFile.FileName);
        if (!File.Exists(labelsPath))
        {
            console.MarkupLineInterpolated($"[red]Étiquettes introuvables :[/] {labelsPath} (générez un corpus avec « vigie corpus generate » ou indiquez un dossier contenant labels.jsonl).");
            return ExitCodes.BadUsage;
        }

        if (settings.Report is null)
        {
            console.MarkupLineInterpolated($"Lancez d'abord le contrôle du corpus : [bold]vigie check {settings.Corpus} --out rapport[/], puis [bold]vigie eval {settings.Corpus} --report rapport/report.json[/].");
            return ExitCodes.BadUsage;
        }

        if (!File.Exists(settings.Report))
        {
            console.MarkupLineInterpolated($"[red]Rapport introuvable :[/] {settings.Report}");
            return ExitCodes.BadUsage;
        }

        CorpusEvaluation evaluation;
        try
        {
            evaluation = new CorpusEvaluator().EvaluateFiles(labelsPath, settings.Report);
        }
        catch (InvalidDataException e)
        {
            console.MarkupLineInterpolated($"[red]Évaluation impossible :[/] {e.Message}");
            return ExitCodes.Failure;
        }

        EvaluationView.Render(console, evaluation);
        var outDirectory = settings.Out ?? Path.GetDirectoryName(Path.GetFullPath(settings.Report))!;
        Directory.CreateDirectory(outDirectory);
        var title = settings.Title ?? $"Évaluation du contrôle des actes — {Path.GetFileName(Path.GetFullPath(settings.Corpus).TrimEnd(Path.DirectorySeparatorChar))}";
        File.WriteAllText(Path.Combine(outDirectory, "evaluation.md"), EvaluationMarkdownWriter.Write(evaluation, title));
        File.WriteAllText(Path.Combine(outDirectory, "evaluation.json"), EvaluationJsonWriter.Write(evaluation));
        console.MarkupLineInterpolated($"Écrit : {Path.Combine(outDirectory, "evaluation.md")} et evaluation.json");
        return ExitCodes.Ok;
    }
}
