using System.Text.Json;
using Vigie.Storage.Catalog;
using Vigie.Storage.Originals;

namespace Vigie.Storage.Sqlite;

/// <summary>
/// Checks a result before its transaction opens, so that a bad row is refused with a clear French message
/// instead of failing half-way; returns the anomaly count of each act.
/// </summary>
internal static class DocumentResultValidator
{
    public static int[] Validate(DocumentResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(result.Document);
        ArgumentNullException.ThrowIfNull(result.Acts);
        Sha256Key.Require(result.Sha256, nameof(result));
        if (string.IsNullOrWhiteSpace(result.Source))
        {
            throw new ArgumentException("Le nom d'origine (source) du document est vide.", nameof(result));
        }

        if (result.Document.Status == DocumentStatus.Error && result.Document.Error is null)
        {
            throw new ArgumentException($"Le document {result.Source} est en erreur sans que l'erreur soit donnée.", nameof(result));
        }

        var counts = new int[result.Acts.Count];
        var seen = new HashSet<int>();
        for (var i = 0; i < result.Acts.Count; i++)
        {
            var act = result.Acts[i];
            if (act.ActIndex < 0 || !seen.Add(act.ActIndex))
            {
                throw new ArgumentException($"Document {result.Source} : rang d'acte {act.ActIndex} négatif ou en double.", nameof(result));
            }

            RequireJson(act.FieldsJson, JsonValueKind.Object, "fields", result.Source, act.ActIndex);
            counts[i] = RequireJson(act.AnomaliesJson, JsonValueKind.Array, "anomalies", result.Source, act.ActIndex);
        }

        return counts;
    }

    /// <summary>Returns the array length for an array, 0 otherwise.</summary>
    private static int RequireJson(string json, JsonValueKind kind, string what, string source, int actIndex)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != kind)
            {
                throw new ArgumentException($"Document {source}, acte {actIndex} : « {what} » n'a pas la forme JSON attendue.");
            }

            return kind == JsonValueKind.Array ? document.RootElement.GetArrayLength() : 0;
        }
        catch (JsonException ex)
        {
            throw new ArgumentException($"Document {source}, acte {actIndex} : « {what} » n'est pas du JSON valide.", ex);
        }
    }
}
