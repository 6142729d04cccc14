using System.Globalization;
using System.Text.Json;

namespace Vigie.Acts.Corpus.Evaluation;

/// <summary>
/// A report.json of schema <c>vigie.acts-report/1</c> (shared/spec/acts-check.md), read with System.Text.Json
/// only: the evaluation depends on the public contract, not on the checker's code.
/// </summary>
public sealed record ActsReport(string Schema, IReadOnlyList<ReportDocument> Documents)
{
    public const string SchemaV1 = "vigie.acts-report/1";

    public static ActsReport Load(string path)
    {
        try
        {
            return Parse(File.ReadAllText(path));
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"Le rapport {Path.GetFileName(path)} n'est pas un JSON valide : {ex.Message}", ex);
        }
    }

    /// <summary>Parses a report; a wrong schema or shape raises <see cref="InvalidDataException"/> with a French message.</summary>
    public static ActsReport Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var schema = root.TryGetProperty("schema", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString()! : string.Empty;
        if (!string.Equals(schema, SchemaV1, StringComparison.Ordinal))
        {
            throw new InvalidDataException($"Schéma de rapport inattendu : « {schema} » (attendu : {SchemaV1}).");
        }

        if (!root.TryGetProperty("documents", out var documents) || documents.ValueKind != JsonValueKind.Array)
        {
            throw new InvalidDataException("Le rapport ne contient pas de tableau « documents ».");
        }

        var result = new List<ReportDocument>();
        foreach (var d in documents.EnumerateArray())
        {
            var source = Text(d, "source") ?? string.Empty;
            var status = Text(d, "status") ?? "processed";
            string? errorCode = null;
            if (d.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object)
            {
                errorCode = Text(error, "code");
            }

            var acts = new List<ReportAct>();
            if (d.TryGetProperty("acts", out var actsElement) && actsElement.ValueKind == JsonValueKind.Array)
            {
                foreach (var a in actsElement.EnumerateArray())
                {
                    acts.Add(ReadAct(a));
                }
            }

            result.Add(new ReportDocument(source, status, errorCode, acts));
        }

        return new ActsReport(schema, result);
    }

    private static ReportAct ReadAct(JsonElement a)
    {
        var pages = new List<int>();
        if (a.TryGetProperty("pages", out var p) && p.ValueKind == JsonValueKind.Array)
        {
            pages.AddRange(p.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Number).Select(e => e.GetInt32()));
        }

        var fields = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (a.TryGetProperty("fields", out var f) && f.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in f.EnumerateObject())
            {
                fields[property.Name] = property.Value.ValueKind switch
                {
                    JsonValueKind.String => property.Value.GetString(),
                    JsonValueKind.Number => property.Value.TryGetInt64(out var n)
                        ? n.ToString(CultureInfo.InvariantCulture)
                        : property.Value.GetDouble().ToString(CultureInfo.InvariantCulture),
                    JsonValueKind.True => "true",
                    JsonValueKind.False => "false",
                    _ => null,
                };
            }
        }

        var anomalies = new List<string>();
        if (a.TryGetProperty("anomalies", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            foreach (var anomaly in list.EnumerateArray())
            {
                var code = anomaly.ValueKind == JsonValueKind.String ? anomaly.GetString() : Text(anomaly, "code");
                if (!string.IsNullOrEmpty(code) && !anomalies.Contains(code, StringComparer.Ordinal))
                {
                    anomalies.Add(code);
                }
            }
        }

        return new ReportAct(pages, Text(a, "type") ?? string.Empty, fields, anomalies, Text(a, "verdict"));
    }

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
