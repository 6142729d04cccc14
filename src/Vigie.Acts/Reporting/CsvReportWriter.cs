using System.Globalization;
using System.Text;
using Vigie.Acts.Model;

namespace Vigie.Acts.Reporting;

/// <summary>
/// report.csv: one row per act, and one row per document in error or holding no act. Separator ';' and a UTF-8
/// byte order mark, so that a French spreadsheet opens it as columns with its accents.
/// </summary>
public sealed class CsvReportWriter : IReportWriter
{
    private static readonly string[] Columns =
    [
        "source", "sha256", "statut", "code_erreur", "pages", "type", "verdict", "collectivite", "departement",
        "agent_civilite", "agent_nom", "agent_prenom", "grade", "echelon", "indice_brut", "indice_majore",
        "date_effet", "date_signature", "signataire", "base_legale", "anomalies", "classement",
    ];

    private readonly StreamWriter _writer;

    public CsvReportWriter(Stream stream)
    {
        _writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true)) { NewLine = "\r\n" };
    }

    public async Task BeginAsync(ActsReportHeader header, CancellationToken cancellationToken) =>
        await WriteRowAsync(Columns).ConfigureAwait(false);

    public async Task WriteAsync(DocumentReport document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Acts.Count == 0)
        {
            await WriteRowAsync(
            [
                document.Source, document.Sha256, document.Status, document.Error?.Code,
                .. Enumerable.Repeat<string?>(null, Columns.Length - 4),
            ]).ConfigureAwait(false);
            return;
        }

        foreach (var act in document.Acts)
        {
            var f = act.Fields;
            await WriteRowAsync(
            [
                document.Source, document.Sha256, document.Status, document.Error?.Code,
                string.Join('-', act.Pages.Count > 1 ? [act.Pages[0], act.Pages[^1]] : act.Pages),
                act.Type, BatchSummary.VerdictCode(act.Verdict), f.Collectivite, f.Departement,
                f.AgentCivilite, f.AgentNom, f.AgentPrenom, f.Grade, Format(f.Echelon), Format(f.IndiceBrut),
                Format(f.IndiceMajore), Format(f.DateEffet), Format(f.DateSignature), f.Signataire, f.BaseLegale,
                string.Join('|', act.Anomalies.Select(a => a.Code)), act.Classement,
            ]).ConfigureAwait(false);
        }
    }

    public async Task EndAsync(BatchSummary summary, CancellationToken cancellationToken) =>
        await _writer.FlushAsync(cancellationToken).ConfigureAwait(false);

    public async ValueTask DisposeAsync() => await _writer.DisposeAsync().ConfigureAwait(false);

    private static string? Format(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static string? Format(DateOnly? value) => value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private async Task WriteRowAsync(IReadOnlyList<string?> cells)
    {
        var line = new StringBuilder();
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0)
            {
                line.Append(';');
            }

            line.Append(Escape(cells[i]));
        }

        await _writer.WriteLineAsync(line.ToString()).ConfigureAwait(false);
    }

    private static string Escape(string? cell)
    {
        if (string.IsNullOrEmpty(cell))
        {
            return string.Empty;
        }

        // A cell starting with = + - @ would run as a formula in a spreadsheet: neutralise it.
        if (cell[0] is '=' or '+' or '-' or '@')
        {
            cell = "'" + cell;
        }

        return cell.AsSpan().IndexOfAny(";\"\r\n") >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
    }
}
