using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;
using Vigie.Cli.Infrastructure;
using Vigie.Storage.Catalog;
using Vigie.Storage.Export;

namespace Vigie.Cli.Commands.Ged;

/// <summary><c>vigie ged lots</c>: the batches, latest first.</summary>
internal sealed class GedLotsCommand(IGedCatalog catalog, IAnsiConsole console) : AsyncCommand<GedLotsSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, GedLotsSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var batches = await catalog.ListBatchesAsync(cancellationToken).ConfigureAwait(false);
        if (settings.Json)
        {
            GedOutput.WriteJson(console, writer =>
            {
                writer.WriteStartArray();
                foreach (var batch in batches)
                {
                    CatalogJsonWriter.WriteBatch(writer, batch);
                }

                writer.WriteEndArray();
            });
            return ExitCodes.Ok;
        }

        if (batches.Count == 0)
        {
            console.MarkupLine("Aucun lot n'a encore été traité.");
            return ExitCodes.Ok;
        }

        // "Traités" is what is neither an error nor pending, the end time is in --json: left out to fit 80 columns.
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn(new TableColumn("Lot").RightAligned().NoWrap());
        table.AddColumn(new TableColumn("Début").NoWrap());
        table.AddColumn("État");
        table.AddColumn("Entrées");
        table.AddColumn(new TableColumn("Fichiers").RightAligned().NoWrap());
        table.AddColumn(new TableColumn("Erreurs").RightAligned().NoWrap());
        table.AddColumn(new TableColumn("Actes").RightAligned().NoWrap());
        foreach (var batch in batches)
        {
            var state = GedLabels.Batch(batch.Status);
            if (batch.Counts.Pending > 0)
            {
                state += $" ({GedLabels.Number(batch.Counts.Pending)} à traiter)";
            }

            table.AddRow(
                new Text(batch.Id.ToString(CultureInfo.InvariantCulture)),
                new Text(GedLabels.Time(batch.StartedAt)),
                new Text(state),
                new Text(string.Join("\n", batch.Inputs)),
                new Text(GedLabels.Number(batch.Counts.Items)),
                new Text(GedLabels.Number(batch.Counts.Errors)),
                new Text(GedLabels.Number(batch.Counts.Acts)));
        }

        console.Write(table);
        if (batches.Any(b => b.Status != BatchStatus.Termine))
        {
            console.MarkupLine("Un lot non terminé reprend là où il s'est arrêté si la même commande est relancée sur les mêmes entrées.");
        }

        return ExitCodes.Ok;
    }
}
