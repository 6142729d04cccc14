using System.Collections.Frozen;
using System.Text.Json;

namespace Vigie.Acts.Referentiels.Concordance;

/// <summary>
/// Maps the contract bases of the loi 84-53 (art. 3, 3-1, 3-2, 3-3 and their alinéas) to the CGFP articles that
/// replaced them on 1 March 2022 (<c>Concordance/loi-84-53-cgfp.json</c>, with its source).
/// </summary>
public sealed class BaseLegaleConcordance
{
    private const string ResourceName = "Vigie.Acts.Referentiels.Concordance.loi-84-53-cgfp.json";

    private readonly FrozenDictionary<string, string> _toCgfp;

    private BaseLegaleConcordance(string source, FrozenDictionary<string, string> toCgfp)
    {
        Source = source;
        _toCgfp = toCgfp;
    }

    public string Source { get; }

    public static BaseLegaleConcordance LoadEmbedded()
    {
        using var stream = typeof(BaseLegaleConcordance).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException("Table de concordance loi 84-53 / CGFP embarquée introuvable.");
        using var document = JsonDocument.Parse(stream);
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in document.RootElement.GetProperty("articles").EnumerateArray())
        {
            map[row.GetProperty("loi").GetString()!] = row.GetProperty("cgfp").GetString()!;
        }

        return new BaseLegaleConcordance(document.RootElement.GetProperty("source").GetString()!, map.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>
    /// The CGFP basis for an article of the loi 84-53 written as "3 1°", "3-1", "3-3 2°", "3-3 3° bis", "3 II";
    /// null when the table has no such line (an article without its alinéa maps to the article alone when unambiguous).
    /// </summary>
    public string? ToCgfp(string loiArticle)
    {
        ArgumentNullException.ThrowIfNull(loiArticle);
        if (_toCgfp.TryGetValue(loiArticle, out var cgfp))
        {
            return cgfp;
        }

        // "3-3" without alinéa: the article is known, its alinéa is not.
        var prefix = loiArticle + " ";
        var articles = _toCgfp.Where(kv => kv.Key.StartsWith(prefix, StringComparison.Ordinal))
            .Select(kv => kv.Value.Split(' ')[0])
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return articles.Count == 1 ? articles[0] : null;
    }
}
