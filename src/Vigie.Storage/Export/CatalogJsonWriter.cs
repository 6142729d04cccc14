using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Vigie.Storage.Catalog;

namespace Vigie.Storage.Export;

/// <summary>
/// The JSON shape of catalogue records (snake_case, as the acts report): used by <c>catalogue.json</c> and by
/// the <c>--json</c> output of <c>vigie ged</c>. Stored <c>fields</c> and <c>anomalies</c> are copied as they are.
/// </summary>
public static class CatalogJsonWriter
{
    /// <summary>Indented, accents kept readable (the output is a file or a terminal, never HTML).</summary>
    public static JsonWriterOptions Options { get; } = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes one value to a string with <see cref="Options"/>.</summary>
    public static string ToJson(Action<Utf8JsonWriter> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            write(writer);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Writes an act; with <paramref name="includeExportedFile"/>, its <c>fichier</c> (null when the original is absent).</summary>
    public static void WriteAct(
        Utf8JsonWriter writer,
        StoredAct act,
        IReadOnlyList<DecisionRecord>? decisions = null,
        bool includeExportedFile = false,
        string? exportedFile = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(act);
        writer.WriteStartObject();
        writer.WriteNumber("id", act.Id);
        writer.WriteString("document_sha256", act.DocumentSha256);
        writer.WriteNumber("act_index", act.ActIndex);
        writer.WriteString("source", act.Source);
        if (includeExportedFile)
        {
            WriteStringOrNull(writer, "fichier", exportedFile);
        }

        writer.WriteStartArray("pages");
        foreach (var page in act.Pages)
        {
            writer.WriteNumberValue(page);
        }

        writer.WriteEndArray();
        WriteStringOrNull(writer, "type", act.Type);
        WriteStringOrNull(writer, "collectivite", act.Collectivite);
        WriteStringOrNull(writer, "departement", act.Departement);
        WriteStringOrNull(writer, "agent_nom", act.AgentNom);
        WriteStringOrNull(writer, "agent_prenom", act.AgentPrenom);
        WriteStringOrNull(writer, "grade", act.Grade);
        WriteStringOrNull(writer, "date_effet", act.DateEffet?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        WriteStringOrNull(writer, "date_signature", act.DateSignature?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        WriteStringOrNull(writer, "verdict", act.Verdict);
        writer.WriteString("classement", act.Classement.ToCode());
        WriteStringOrNull(writer, "filed_at", act.FiledAt?.ToString("O", CultureInfo.InvariantCulture));
        WriteStringOrNull(writer, "decided_by", act.DecidedBy);
        WriteStringOrNull(writer, "decision_reason", act.DecisionReason);
        writer.WriteString("created_at", act.CreatedAt.ToString("O", CultureInfo.InvariantCulture));
        WriteStoredJson(writer, "fields", act.FieldsJson);
        WriteStoredJson(writer, "anomalies", act.AnomaliesJson);
        if (decisions is not null)
        {
            writer.WriteStartArray("decisions");
            foreach (var decision in decisions)
            {
                writer.WriteStartObject();
                writer.WriteNumber("id", decision.Id);
                writer.WriteString("decided_by", decision.DecidedBy);
                writer.WriteString("decided_at", decision.DecidedAt.ToString("O", CultureInfo.InvariantCulture));
                writer.WriteString("decision", decision.Kind.ToCode());
                WriteStringOrNull(writer, "reason", decision.Reason);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    public static void WriteDocument(Utf8JsonWriter writer, StoredDocument document)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(document);
        writer.WriteStartObject();
        writer.WriteString("sha256", document.Sha256);
        writer.WriteString("source", document.Source);
        writer.WriteStartArray("sources");
        foreach (var source in document.Sources)
        {
            writer.WriteStringValue(source);
        }

        writer.WriteEndArray();
        WriteStringOrNull(writer, "format", document.Format);
        writer.WriteNumber("size_bytes", document.SizeBytes);
        if (document.PageCount is { } pages)
        {
            writer.WriteNumber("page_count", pages);
        }
        else
        {
            writer.WriteNull("page_count");
        }

        writer.WriteString("status", document.Status.ToCode());
        if (document.Error is { } error)
        {
            writer.WriteStartObject("error");
            writer.WriteString("code", error.Code);
            writer.WriteString("message", error.Message);
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull("error");
        }

        writer.WriteString("first_seen_at", document.FirstSeenAt.ToString("O", CultureInfo.InvariantCulture));
        if (document.LastBatchId is { } batch)
        {
            writer.WriteNumber("last_batch_id", batch);
        }
        else
        {
            writer.WriteNull("last_batch_id");
        }

        writer.WriteStartArray("acts");
        foreach (var act in document.Acts)
        {
            WriteAct(writer, act);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    public static void WriteBatch(Utf8JsonWriter writer, BatchInfo batch)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(batch);
        writer.WriteStartObject();
        writer.WriteNumber("id", batch.Id);
        writer.WriteString("started_at", batch.StartedAt.ToString("O", CultureInfo.InvariantCulture));
        WriteStringOrNull(writer, "finished_at", batch.FinishedAt?.ToString("O", CultureInfo.InvariantCulture));
        writer.WriteString("status", batch.Status.ToCode());
        writer.WriteStartArray("inputs");
        foreach (var input in batch.Inputs)
        {
            writer.WriteStringValue(input);
        }

        writer.WriteEndArray();
        writer.WriteStartObject("counts");
        writer.WriteNumber("items", batch.Counts.Items);
        writer.WriteNumber("processed", batch.Counts.Processed);
        writer.WriteNumber("errors", batch.Counts.Errors);
        writer.WriteNumber("pending", batch.Counts.Pending);
        writer.WriteNumber("acts", batch.Counts.Acts);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    /// <summary>Stored JSON re-emitted through the writer, so it is indented and escaped like the rest.</summary>
    private static void WriteStoredJson(Utf8JsonWriter writer, string name, string json)
    {
        using var document = JsonDocument.Parse(json);
        writer.WritePropertyName(name);
        document.RootElement.WriteTo(writer);
    }

    private static void WriteStringOrNull(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }
}
