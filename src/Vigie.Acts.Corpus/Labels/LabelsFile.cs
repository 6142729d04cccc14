using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Vigie.Acts.Corpus.Labels;

/// <summary>Reads and writes <c>labels.jsonl</c> (one <see cref="LabelDocument"/> per line, snake_case).</summary>
public static class LabelsFile
{
    public const string FileName = "labels.jsonl";

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = false,
    };

    public static string ToLine(LabelDocument document) => JsonSerializer.Serialize(document, Options);

    public static void Write(string path, IEnumerable<LabelDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false));
        writer.NewLine = "\n";
        foreach (var document in documents)
        {
            writer.WriteLine(ToLine(document));
        }
    }

    /// <summary>Reads every line; a bad line raises an error naming its line number (labels are written by people too).</summary>
    public static IReadOnlyList<LabelDocument> Read(string path)
    {
        var documents = new List<LabelDocument>();
        var number = 0;
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                documents.Add(JsonSerializer.Deserialize<LabelDocument>(line, Options)
                    ?? throw new JsonException("ligne vide"));
            }
            catch (JsonException ex)
            {
                throw new InvalidDataException($"{Path.GetFileName(path)}, ligne {number} : JSON invalide ({ex.Message}).", ex);
            }
        }

        return documents;
    }
}
