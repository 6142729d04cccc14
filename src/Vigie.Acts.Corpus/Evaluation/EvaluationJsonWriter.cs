using System.Text.Json;
using System.Text.Json.Serialization;

namespace Vigie.Acts.Corpus.Evaluation;

/// <summary>Writes an evaluation as JSON (evaluation.json, snake_case, with the computed ratios).</summary>
public static class EvaluationJsonWriter
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DictionaryKeyPolicy = null,
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static string Write(CorpusEvaluation evaluation) => JsonSerializer.Serialize(new
    {
        schema = "vigie.acts-evaluation/1",
        evaluation,
    }, Options);
}
