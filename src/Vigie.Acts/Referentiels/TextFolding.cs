using System.Globalization;
using System.Text;

namespace Vigie.Acts.Referentiels;

/// <summary>Comparison form of a French label: lower case, no accents, "œ" → "oe", typographic apostrophe → "'".</summary>
public static class TextFolding
{
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            switch (c)
            {
                case 'œ' or 'Œ':
                    builder.Append("oe");
                    break;
                case '’' or 'ʼ' or '`':
                    builder.Append('\'');
                    break;
                default:
                    if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                    {
                        builder.Append(char.ToLowerInvariant(c));
                    }

                    break;
            }
        }

        return builder.ToString();
    }
}
