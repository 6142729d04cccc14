using System.Globalization;
using System.Text;
using System.Text.Json;
using Vigie.Storage.Catalog;

namespace Vigie.Storage.Export;

/// <summary>
/// <c>catalogue.csv</c>: one row per act, ';' separated and UTF-8 with BOM so that a French spreadsheet opens it
/// as it is. Cells that a spreadsheet would run as a formula are defused with a leading apostrophe.
/// </summary>
public sealed class CatalogueCsvWriter : IDisposable
{
    public static IReadOnlyList<string> Header { get; } =
    [
        "id", "collectivite", "departement", "type", "agent_nom", "agent_prenom", "grade", "date_effet",
        "date_signature", "verdict", "classement", "anomalies", "sha256", "source", "fichier",
    ];

    private readonly StreamWriter _writer;

    public CatalogueCsvWriter(string path)
    {
        _writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        WriteRow(Header);
    }

    public void Write(StoredAct act, string? exportedFile)
    {
        ArgumentNullException.ThrowIfNull(act);
        WriteRow(
        [
            act.Id.ToString(CultureInfo.InvariantCulture), act.Collectivite, act.Departement, act.Type, act.AgentNom,
            act.AgentPrenom, act.Grade, act.DateEffet?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            act.DateSignature?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), act.Verdict, act.Classement.ToCode(),
            AnomalyCodes(act.AnomaliesJson), act.DocumentSha256, act.Source, exportedFile,
        ]);
    }

    public void Dispose() => _writer.Dispose();

    /// <summary>The codes of the anomalies, joined by ", ".</summary>
    private static string AnomalyCodes(string anomaliesJson)
    {
        using var document = JsonDocument.Parse(anomaliesJson);
        var codes = document.RootElement.ValueKind == JsonValueKind.Array
            ? document.RootElement.EnumerateArray()
                .Select(a => a.ValueKind == JsonValueKind.Object && a.TryGetProperty("code", out var code) ? code.GetString() : null)
                .Where(c => !string.IsNullOrEmpty(c))
            : [];
        return string.Join(", ", codes);
    }

    private void WriteRow(IReadOnlyList<string?> cells)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0)
            {
                _writer.Write(';');
            }

            _writer.Write(Escape(cells[i]));
        }

        _writer.Write("\r\n");
    }

    private static string Escape(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(";\"\r\n") >= 0 || value != value.Trim()
            ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : value;
    }
}
