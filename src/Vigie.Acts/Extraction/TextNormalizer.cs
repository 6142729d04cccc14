using System.Globalization;
using System.Text;

namespace Vigie.Acts.Extraction;

/// <summary>
/// Folds an act's text once so that every pattern can be written in plain lower-case ASCII French:
/// accents and case removed, typographic quotes and dashes unified, spaces collapsed (a tab or a wide gap
/// becomes one '\t', which keeps key–value columns apart), and the usual OCR confusions repaired
/// ("2O26" → "2026", "artic1e" → "article", "1'agent" → "l'agent"). The offset map keeps evidence quotable.
/// </summary>
public static class TextNormalizer
{
    // Immutable lookup built once: folded form of each character of Latin-1 and Latin Extended-A/B.
    private static readonly string[] Folded = BuildFoldTable();

    public static NormalizedText Normalize(string original)
    {
        ArgumentNullException.ThrowIfNull(original);
        var builder = new StringBuilder(original.Length);
        var map = new List<int>(original.Length);
        var i = 0;
        while (i < original.Length)
        {
            var c = original[i];
            if (c is ' ' or '\t' or '\u00A0' or '\u202F' or '\u2009' or '\u2007' or '\u3000')
            {
                var start = i;
                var hasTab = false;
                while (i < original.Length && original[i] is ' ' or '\t' or '\u00A0' or '\u202F' or '\u2009' or '\u2007' or '\u3000')
                {
                    hasTab |= original[i] == '\t';
                    i++;
                }

                var previous = builder.Length == 0 ? '\n' : builder[^1];
                if (previous != '\n' && i < original.Length && original[i] is not ('\n' or '\r'))
                {
                    builder.Append(hasTab || i - start >= 3 ? '\t' : ' ');
                    map.Add(start);
                }

                continue;
            }

            var folded = Fold(c);
            foreach (var f in folded)
            {
                builder.Append(f);
                map.Add(i);
            }

            i++;
        }

        var chars = builder.ToString().ToCharArray();
        RepairOcr(chars);
        return new NormalizedText(original, new string(chars), [.. map]);
    }

    private static string Fold(char c)
    {
        if (c < Folded.Length)
        {
            return Folded[c];
        }

        return c switch
        {
            '\u2019' or '\u2018' or '\u02BC' or '\u2032' => "'",
            '\u2013' or '\u2014' or '\u2010' or '\u2011' or '\u2012' or '\u2212' => "-",
            '\u201C' or '\u201D' or '\u201E' => "\"",
            '\u2026' => "...",
            '\u1D49' => "e",
            '\u1D48' => "d",
            '\u2070' => "0",
            '\u00B9' => "1",
            '\u00B2' => "2",
            '\u00B3' => "3",
            '\uFB01' => "fi",
            '\uFB02' => "fl",
            '\u200B' or '\uFEFF' or '\u00AD' => string.Empty,
            _ => char.ToLowerInvariant(c).ToString(),
        };
    }

    private static string[] BuildFoldTable()
    {
        var table = new string[0x250];
        for (var code = 0; code < table.Length; code++)
        {
            var c = (char)code;
            table[code] = c switch
            {
                '\r' => string.Empty,
                '\u00AD' => string.Empty,
                '\u0153' or '\u0152' => "oe",
                '\u00E6' or '\u00C6' => "ae",
                '\u00DF' => "ss",
                '\u00BA' => "°",
                '\u00AB' or '\u00BB' => "\"",
                '\u00B4' or '`' => "'",
                '\u02B3' => "r",
                '\u00B9' => "1",
                '\u00B2' => "2",
                '\u00B3' => "3",
                _ => StripAccent(c),
            };
        }

        return table;
    }

    private static string StripAccent(char c)
    {
        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        foreach (var d in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark)
            {
                return char.ToLowerInvariant(d).ToString();
            }
        }

        return char.ToLowerInvariant(c).ToString();
    }

    /// <summary>Repairs digit/letter confusions inside word runs, in place (same length, same map).</summary>
    private static void RepairOcr(char[] text)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (!IsWordChar(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            var digits = 0;
            var letters = 0;
            var convertible = 0;
            while (i < text.Length && IsWordChar(text[i]))
            {
                var c = text[i];
                if (char.IsAsciiDigit(c))
                {
                    digits++;
                }
                else
                {
                    letters++;
                    if (c is 'o' or 'l' or 'i' or '|')
                    {
                        convertible++;
                    }
                }

                i++;
            }

            if (digits > 0 && letters > 0 && letters == convertible && digits >= letters)
            {
                // "2O26", "l5", "O1": a number with letters that look like digits.
                for (var k = start; k < i; k++)
                {
                    text[k] = text[k] switch
                    {
                        'o' => '0',
                        'l' or 'i' or '|' => '1',
                        _ => text[k],
                    };
                }
            }
            else if (digits > 0 && letters >= 2)
            {
                // "artic1e", "ech0n": a digit between two letters is a letter.
                for (var k = start + 1; k < i - 1; k++)
                {
                    if (char.IsAsciiLetter(text[k - 1]) && char.IsAsciiLetter(text[k + 1]))
                    {
                        text[k] = text[k] switch
                        {
                            '0' => 'o',
                            '1' => 'l',
                            _ => text[k],
                        };
                    }
                }
            }
            else if (digits == 1 && letters == 0 && i - start == 1 && text[start] == '1'
                && i + 1 < text.Length && text[i] == '\'' && char.IsAsciiLetter(text[i + 1])
                && (start == 0 || !char.IsAsciiLetterOrDigit(text[start - 1])))
            {
                // "1'agent" read for "l'agent".
                text[start] = 'l';
            }
        }
    }

    private static bool IsWordChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '|';
}
