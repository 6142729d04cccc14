using System.Text.Json;

namespace Vigie.Acts.Referentiels;

/// <summary>Reads a referential JSON file embedded in the assembly (<c>Referentiels/**/*.json</c>).</summary>
internal static class EmbeddedReferentiel
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <param name="relativePath">Path under <c>Referentiels/</c>, e.g. "Grilles/grilles.json".</param>
    public static T Load<T>(string relativePath)
        where T : class
    {
        var resourceName = "Vigie.Acts.Referentiels." + relativePath.Replace('/', '.');
        using var stream = typeof(EmbeddedReferentiel).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"Référentiel introuvable dans l'assemblage : {relativePath}.");
        try
        {
            return JsonSerializer.Deserialize<T>(stream, JsonOptions)
                ?? throw new InvalidOperationException($"Référentiel vide : {relativePath}.");
        }
        catch (JsonException ex)
        {
            throw new InvalidOperationException($"Référentiel illisible ({relativePath}) : {ex.Message}", ex);
        }
    }
}
