using System.Text;
using Vigie.Acts.Extraction;

namespace Vigie.Acts.Referentiels.Communes;

/// <summary>
/// The lookup key of a place name: folded (no accents, lower-case), hyphens and apostrophes as spaces,
/// "St"/"Ste" spelled out, EPCI abbreviations expanded ("CC" → "communaute de communes").
/// </summary>
public static class PlaceNameKey
{
    public static string Of(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return OfFolded(TextNormalizer.Normalize(name).Text);
    }

    /// <summary>Key of a name that is already folded by <see cref="TextNormalizer"/>.</summary>
    public static string OfFolded(ReadOnlySpan<char> folded)
    {
        var builder = new StringBuilder(folded.Length + 8);
        var word = new StringBuilder();
        foreach (var c in folded)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                word.Append(c);
                continue;
            }

            Flush(builder, word);
        }

        Flush(builder, word);
        return builder.ToString();
    }

    /// <summary>The key without a leading article ("le mans" → "mans"), or null when there is none.</summary>
    public static string? WithoutArticle(string key)
    {
        foreach (var article in (ReadOnlySpan<string>)["le ", "la ", "les ", "l "])
        {
            if (key.StartsWith(article, StringComparison.Ordinal) && key.Length > article.Length)
            {
                return key[article.Length..];
            }
        }

        return null;
    }

    /// <summary>The key without its small words ("de", "la", "et"…): EPCI names are written with or without them.</summary>
    public static string Compact(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var words = key.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w is not ("de" or "du" or "des" or "d" or "la" or "le" or "les" or "l" or "et" or "en" or "sur" or "a" or "au" or "aux"));
        return string.Join(' ', words);
    }

    private static void Flush(StringBuilder builder, StringBuilder word)
    {
        if (word.Length == 0)
        {
            return;
        }

        var w = word.ToString();
        word.Clear();
        var expanded = w switch
        {
            "st" => "saint",
            "ste" => "sainte",
            "sts" => "saints",
            "stes" => "saintes",
            "cc" => "communaute de communes",
            "ca" => "communaute d agglomeration",
            "cu" => "communaute urbaine",
            _ => w,
        };
        if (builder.Length > 0)
        {
            builder.Append(' ');
        }

        builder.Append(expanded);
    }
}
