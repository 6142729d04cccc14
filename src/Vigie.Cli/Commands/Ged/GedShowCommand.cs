using System.Globalization;
using System.Text.Json;
using Spectre.Console;
using Spectre.Console.Cli;
using Vigie.Cli.Infrastructure;
using Vigie.Storage.Catalog;
using Vigie.Storage.Export;

namespace Vigie.Cli.Commands.Ged;

/// <summary><c>vigie ged show ID|SHA</c>: one act with its fields, anomalies and decisions, or one document with its acts.</summary>
internal sealed class GedShowCommand(IGedCatalog catalog, IAnsiConsole console) : AsyncCommand<GedShowSettings>
{
    private const int MinimumPrefix = 6;

    public override async Task<int> ExecuteAsync(CommandContext context, GedShowSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var id = settings.Id.Trim();
        if (id.All(char.IsAsciiDigit) && long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var actId)
            && await catalog.GetActAsync(actId, cancellationToken).ConfigureAwait(false) is { } act)
        {
            var decisions = await catalog.ListDecisionsAsync(act.Id, cancellationToken).ConfigureAwait(false);
            if (settings.Json)
            {
                GedOutput.WriteJson(console, writer => CatalogJsonWriter.WriteAct(writer, act, decisions));
            }
            else
            {
                ShowAct(act, decisions);
            }

            return ExitCodes.Ok;
        }

        if (id.Length < MinimumPrefix || !id.All(char.IsAsciiHexDigit))
        {
            console.MarkupLineInterpolated($"[red]Aucun acte n° {id}[/] dans la GED. Un document se désigne par son empreinte SHA-256 ({MinimumPrefix} caractères au moins).");
            return ExitCodes.Failure;
        }

        var matches = await catalog.FindDocumentsByPrefixAsync(id, 2, cancellationToken).ConfigureAwait(false);
        if (matches.Count > 1)
        {
            console.MarkupLineInterpolated($"[red]Empreinte ambiguë[/] : plusieurs documents commencent par {id}. Donnez plus de caractères.");
            return ExitCodes.BadUsage;
        }

        var document = matches.Count == 0 ? null : await catalog.GetDocumentAsync(matches[0], cancellationToken).ConfigureAwait(false);
        if (document is null)
        {
            console.MarkupLineInterpolated($"[red]Aucun acte ni document[/] ne correspond à « {id} » dans la GED.");
            return ExitCodes.Failure;
        }

        if (settings.Json)
        {
            GedOutput.WriteJson(console, writer => CatalogJsonWriter.WriteDocument(writer, document));
        }
        else
        {
            ShowDocument(document);
        }

        return ExitCodes.Ok;
    }

    private void ShowAct(StoredAct act, IReadOnlyList<DecisionRecord> decisions)
    {
        console.Write(new Rule($"[bold]Acte n° {act.Id}[/] — {Markup.Escape(GedLabels.Type(act.Type))}").LeftJustified());
        var classement = GedLabels.Classement(act.Classement);
        if (act.FiledAt is not null)
        {
            classement += $" le {GedLabels.Time(act.FiledAt)}";
        }

        if (act.DecidedBy is not null)
        {
            classement += $" par {act.DecidedBy}";
        }

        console.Write(GedOutput.Properties(
        [
            ("Collectivité", GedLabels.Or(act.Collectivite) + (act.Departement is null ? string.Empty : $" ({act.Departement})")),
            ("Agent", GedLabels.Agent(act.AgentNom, act.AgentPrenom)),
            ("Grade", GedLabels.Or(act.Grade)),
            ("Date d'effet", GedLabels.Date(act.DateEffet)),
            ("Date de signature", GedLabels.Date(act.DateSignature)),
            ("Verdict", GedLabels.Verdict(act.Verdict)),
            ("Classement", classement),
            ("Document", $"{act.Source} (pages {string.Join(", ", act.Pages)})"),
            ("SHA-256", act.DocumentSha256),
        ]));
        if (act.DecisionReason is not null)
        {
            console.MarkupLineInterpolated($"Motif de la dernière décision : {act.DecisionReason}");
        }

        WriteFields(act.FieldsJson);
        WriteAnomalies(act.AnomaliesJson);
        if (decisions.Count > 0)
        {
            var table = new Table().Border(TableBorder.Rounded).Title("Décisions");
            table.AddColumn("Date");
            table.AddColumn("Par");
            table.AddColumn("Décision");
            table.AddColumn("Motif");
            foreach (var decision in decisions)
            {
                table.AddRow(
                    new Text(GedLabels.Time(decision.DecidedAt)), new Text(decision.DecidedBy),
                    new Text(GedLabels.Decision(decision.Kind)), new Text(GedLabels.Or(decision.Reason)));
            }

            console.Write(table);
        }
    }

    private void WriteFields(string fieldsJson)
    {
        using var fields = JsonDocument.Parse(fieldsJson);
        var rows = fields.RootElement.EnumerateObject()
            .Where(p => p.Value.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined))
            .Select(p => new[] { p.Name, p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString()! : p.Value.GetRawText() })
            .ToArray();
        if (rows.Length == 0)
        {
            console.MarkupLine("Aucun champ n'a pu être lu dans l'acte.");
            return;
        }

        var table = new Table().Border(TableBorder.Rounded).Title("Champs lus");
        table.AddColumn("Champ");
        table.AddColumn("Valeur");
        foreach (var row in rows)
        {
            table.AddRow(new Text(row[0]), new Text(row[1]));
        }

        console.Write(table);
    }

    private void WriteAnomalies(string anomaliesJson)
    {
        using var anomalies = JsonDocument.Parse(anomaliesJson);
        var items = anomalies.RootElement.EnumerateArray().ToArray();
        if (items.Length == 0)
        {
            console.MarkupLine("[green]Aucune anomalie.[/]");
            return;
        }

        var table = new Table().Border(TableBorder.Rounded).Title("Anomalies");
        table.AddColumn("Gravité");
        table.AddColumn("Code");
        table.AddColumn("Constat");
        table.AddColumn("Base légale");
        table.AddColumn("Preuve");
        foreach (var anomaly in items)
        {
            table.AddRow(
                new Text(GedLabels.Severity(Text(anomaly, "severity"))),
                new Text(GedLabels.Or(Text(anomaly, "code"))),
                new Text(GedLabels.Or(Text(anomaly, "message"))),
                new Text(GedLabels.Or(Text(anomaly, "legal_basis"))),
                new Text(Evidence(anomaly)));
        }

        console.Write(table);
    }

    private void ShowDocument(StoredDocument document)
    {
        console.Write(new Rule($"[bold]Document[/] {Markup.Escape(ExportPaths.FileName(document.Source))}").LeftJustified());
        var status = GedLabels.Document(document.Status);
        if (document.Error is { } error)
        {
            status += $" : {error.Code} — {error.Message}";
        }

        console.Write(GedOutput.Properties(
        [
            ("SHA-256", document.Sha256),
            ("Nom d'origine", document.Source),
            ("Autres noms", document.Sources.Count > 1 ? string.Join("\n", document.Sources.Skip(1)) : "—"),
            ("Format", GedLabels.Or(document.Format)),
            ("Taille", GedLabels.Size(document.SizeBytes)),
            ("Pages", document.PageCount?.ToString(CultureInfo.InvariantCulture) ?? "—"),
            ("État", status),
            ("Entré dans la GED", GedLabels.Time(document.FirstSeenAt)),
            ("Dernier lot", document.LastBatchId?.ToString(CultureInfo.InvariantCulture) ?? "—"),
        ]));
        if (document.Acts.Count == 0)
        {
            console.MarkupLine("Aucun acte enregistré pour ce document.");
            return;
        }

        console.Write(GedOutput.ActsTable(document.Acts));
    }

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    private static string Evidence(JsonElement anomaly)
    {
        if (anomaly.ValueKind != JsonValueKind.Object || !anomaly.TryGetProperty("evidence", out var evidence) || evidence.ValueKind != JsonValueKind.Object)
        {
            return "—";
        }

        var page = evidence.TryGetProperty("page", out var p) && p.ValueKind == JsonValueKind.Number ? $"p. {p.GetInt32()} : " : string.Empty;
        var text = Text(evidence, "text");
        return text is null ? GedLabels.Or(page.TrimEnd(' ', ':')) : $"{page}« {text} »";
    }
}
