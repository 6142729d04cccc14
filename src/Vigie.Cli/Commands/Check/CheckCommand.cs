using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;
using Vigie.Acts.Pipeline;
using Vigie.Cli.Infrastructure;

namespace Vigie.Cli.Commands.Check;

/// <summary><c>vigie check</c>: controls a batch of HR acts and writes the reports (contract: shared/spec/acts-check.md).</summary>
public sealed class CheckCommand(ActsCheckPipeline pipeline, IAnsiConsole console) : AsyncCommand<CheckSettings>
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public override async Task<int> ExecuteAsync(CommandContext context, CheckSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var request = new CheckRequest(settings.Inputs, Path.GetFullPath(settings.Out!));
        CheckOutcome outcome;
        try
        {
            if (settings.Json)
            {
                // Standard output carries the JSON only: no progress display.
                outcome = await pipeline.RunAsync(request, null, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                outcome = await console.Progress()
                    .AutoClear(false)
                    .Columns(new SpinnerColumn(), new TaskDescriptionColumn(), new ElapsedTimeColumn())
                    .StartAsync(async ctx =>
                    {
                        var task = ctx.AddTask("Contrôle des actes…").IsIndeterminate();
                        var progress = new Progress<CheckProgress>(p => task.Description =
                            $"Contrôle : {p.Documents.ToString("N0", French)} documents, {p.Acts.ToString("N0", French)} actes");
                        var result = await pipeline.RunAsync(request, progress, cancellationToken).ConfigureAwait(false);
                        task.Description = "Contrôle terminé";
                        task.StopTask();
                        return result;
                    }).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            console.MarkupLine("[yellow]Contrôle interrompu[/] : relancez la même commande pour reprendre le lot là où il s'est arrêté.");
            return ExitCodes.Failure;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.MarkupLineInterpolated($"[red]Le lot n'a pas pu être contrôlé :[/] {e.Message}");
            return ExitCodes.Failure;
        }

        if (settings.Json)
        {
            await using var json = File.OpenRead(outcome.JsonPath);
            await using var stdout = Console.OpenStandardOutput();
            await json.CopyToAsync(stdout, cancellationToken).ConfigureAwait(false);
            return ExitCodes.Ok;
        }

        WriteSummary(outcome);
        return ExitCodes.Ok;
    }

    private void WriteSummary(CheckOutcome outcome)
    {
        var s = outcome.Summary;
        var table = new Table().Border(TableBorder.Rounded).Title(outcome.Resumed ? "Lot repris et terminé" : "Lot contrôlé");
        table.AddColumn("Résultat");
        table.AddColumn(new TableColumn("Nombre").RightAligned());
        table.AddRow("Documents", N(s.Documents));
        table.AddRow("Documents en erreur", N(s.DocumentsInError));
        table.AddRow("Actes contrôlés", N(s.Acts));
        table.AddRow("[green]Conformes (classés dans la GED)[/]", N(s.ByVerdict.GetValueOrDefault("conforme")));
        table.AddRow("[red]À corriger[/]", N(s.ByVerdict.GetValueOrDefault("a_corriger")));
        table.AddRow("[yellow]À vérifier[/]", N(s.ByVerdict.GetValueOrDefault("a_verifier")));
        if (outcome.Reused > 0)
        {
            table.AddRow("Documents déjà connus (non réanalysés)", N(outcome.Reused));
        }

        console.Write(table);
        console.MarkupLineInterpolated($"Rapports : [link]{outcome.HtmlPath}[/], {Path.GetFileName(outcome.JsonPath)}, {Path.GetFileName(outcome.CsvPath)} ({outcome.Elapsed.TotalSeconds.ToString("N1", French)} s).");
    }

    private static string N(int value) => value.ToString("N0", French);
}
