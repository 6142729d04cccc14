using Spectre.Console;
using Spectre.Console.Cli;
using Vigie.Cli.Infrastructure;
using Vigie.Storage;
using Vigie.Storage.Export;

namespace Vigie.Cli.Commands.Ged;

/// <summary><c>vigie ged export DOSSIER</c>: the chosen acts' originals and catalogue, out of the GED.</summary>
internal sealed class GedExportCommand(GedExporter exporter, IAnsiConsole console) : AsyncCommand<GedExportSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, GedExportSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        GedExportResult result;
        try
        {
            result = await exporter.ExportAsync(settings.Directory, settings.ToQuery(), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or GedStorageException)
        {
            console.MarkupLineInterpolated($"[red]L'export n'a pas pu être fait :[/] {e.Message}");
            return ExitCodes.Failure;
        }

        if (result.ActCount == 0)
        {
            console.MarkupLineInterpolated($"Aucun acte ne correspond à ces critères : {result.Directory} ne contient que des catalogues vides.");
            return ExitCodes.Ok;
        }

        console.MarkupLineInterpolated(
            $"[green]{GedLabels.Number(result.ActCount)} acte(s) exporté(s)[/], {GedLabels.Number(result.FileCount)} fichier(s) copié(s) dans {result.Directory}");
        console.MarkupLineInterpolated($"Catalogue : {GedExporter.CsvFileName} et {GedExporter.JsonFileName}.");
        if (result.MissingOriginals.Count > 0)
        {
            console.MarkupLineInterpolated(
                $"[yellow]Attention :[/] {GedLabels.Number(result.MissingOriginals.Count)} original(aux) absent(s) du stockage (liste dans {GedExporter.JsonFileName}, « originaux_absents »).");
        }

        return ExitCodes.Ok;
    }
}
