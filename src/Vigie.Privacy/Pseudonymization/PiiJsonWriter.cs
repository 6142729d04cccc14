using System.Text.Encodings.Web;
using System.Text.Json;

namespace Vigie.Privacy.Pseudonymization;

/// <summary>Writes a <see cref="PseudonymizationResult"/> as the contract's JSON (schema "vigie.pii/1").</summary>
public static class PiiJsonWriter
{
    public const string Schema = "vigie.pii/1";

    public static string Write(PseudonymizationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteString("schema", Schema);
            writer.WriteString("text", result.Text);
            writer.WriteStartArray("entities");
            foreach (var entity in result.Entities)
            {
                writer.WriteStartObject();
                writer.WriteNumber("start", entity.Start);
                writer.WriteNumber("end", entity.End);
                writer.WriteString("type", entity.Type.ToCode());
                writer.WriteString("text", entity.Text);
                writer.WriteString("placeholder", entity.Placeholder);
                writer.WriteNumber("score", entity.Score);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
