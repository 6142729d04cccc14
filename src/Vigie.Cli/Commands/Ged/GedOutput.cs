using System.Text.Json;
using Spectre.Console;
using Spectre.Console.Rendering;
using Vigie.Storage.Catalog;
using Vigie.Storage.Export;

namespace Vigie.Cli.Commands.Ged;

/// <summary>How the GED commands write: JSON untouched on standard output, tables for people.</summary>
internal static class GedOutput
{
    /// <summary>
    /// Writes JSON straight to the console's output writer: Spectre's rendering would wrap long lines and break it.
    /// </summary>
    public static void WriteJson(IAnsiConsole console, Action<Utf8JsonWriter> write)
    {
        var writer = console.Profile.Out.Writer;
        writer.Write(CatalogJsonWriter.ToJson(write));
        writer.WriteLine();
        writer.Flush();
    }

    /// <summary>The acts as a table; the document is left to <c>ged show</c> so that the table fits 80 columns.</summary>
    public static Table ActsTable(IEnumerable<StoredAct> acts)
    {
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn(new TableColumn("N°").RightAligned().NoWrap());
        table.AddColumn("Type");
        table.AddColumn("Collectivité");
        table.AddColumn("Agent");
        table.AddColumn(new TableColumn("Effet").NoWrap());
        table.AddColumn("Verdict");
        table.AddColumn(new TableColumn("Anom.").RightAligned().NoWrap());
        table.AddColumn("Classement");
        foreach (var act in acts)
        {
            table.AddRow(
                new Text(act.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new Text(GedLabels.Type(act.Type)),
                new Text(GedLabels.Or(act.Collectivite)),
                new Text(GedLabels.Agent(act.AgentNom, act.AgentPrenom)),
                new Text(GedLabels.Date(act.DateEffet)),
                Verdict(act.Verdict),
                new Text(act.AnomalyCount.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new Text(GedLabels.Classement(act.Classement)));
        }

        return table;
    }

    public static IRenderable Verdict(string? code) =>
        new Text(GedLabels.Verdict(code), new Style(foreground: GedLabels.VerdictColor(code)));

    /// <summary>A two-column grid of labels and values.</summary>
    public static Grid Properties(IEnumerable<(string Label, string Value)> rows)
    {
        var grid = new Grid().AddColumn(new GridColumn().NoWrap().PadRight(2)).AddColumn();
        foreach (var (label, value) in rows)
        {
            grid.AddRow(new Text(label, new Style(decoration: Decoration.Bold)), new Text(value));
        }

        return grid;
    }
}
