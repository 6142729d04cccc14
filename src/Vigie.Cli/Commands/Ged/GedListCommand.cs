using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;
using Vigie.Cli.Infrastructure;
using Vigie.Storage.Catalog;
using Vigie.Storage.Export;

namespace Vigie.Cli.Commands.Ged;

/// <summary><c>vigie ged list</c>: the acts of the GED, latest first.</summary>
internal sealed class GedListCommand(IGedCatalog catalog, IAnsiConsole console) : AsyncCommand<GedListSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, GedListSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var page = await catalog.ListActsAsync(settings.ToQuery() with { Limit = settings.Limit }, cancellationToken).ConfigureAwait(false);
        if (settings.Json)
        {
            GedOutput.WriteJson(console, writer =>
            {
                writer.WriteStartObject();
                writer.WriteNumber("total", page.TotalCount);
                writer.WriteNumber("limit", page.Limit);
                writer.WriteStartArray("acts");
                foreach (var act in page.Items)
                {
                    CatalogJsonWriter.WriteAct(writer, act);
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            });
            return ExitCodes.Ok;
        }

        if (page.TotalCount == 0)
        {
            console.MarkupLine("Aucun acte de la GED ne correspond à ces critères.");
            return ExitCodes.Ok;
        }

        console.Write(GedOutput.ActsTable(page.Items));
        var french = CultureInfo.GetCultureInfo("fr-FR");
        var shown = page.Items.Count.ToString("N0", french);
        var total = page.TotalCount.ToString("N0", french);
        console.MarkupLine(page.Items.Count < page.TotalCount
            ? $"{shown} acte(s) affiché(s) sur {total} : affinez les filtres ou augmentez [bold]--limit[/]."
            : $"{total} acte(s).");
        return ExitCodes.Ok;
    }
}
