using System.Globalization;
using System.Text;

namespace Vigie.Storage.Text;

/// <summary>
/// Folds a value for searching: lower-case, without accents, single spaces. "Hélène DUPONT" and
/// "helene dupont" give the same key, so people find acts however they type names.
/// </summary>
public static class SearchKey
{
    public static string? Normalize(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var decomposed = value.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var previousSpace = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                if (!previousSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                previousSpace = true;
                continue;
            }

            previousSpace = false;
            builder.Append(char.ToLowerInvariant(c));
        }

        var result = builder.ToString().TrimEnd().Normalize(NormalizationForm.FormC);
        return result.Length == 0 ? null : result;
    }
}
