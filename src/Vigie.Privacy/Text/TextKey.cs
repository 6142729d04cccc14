using System.Globalization;
using System.Text;

namespace Vigie.Privacy.Text;

/// <summary>
/// Lookup keys of words: <see cref="Upper"/> keeps accents (so "marié" and "Marie" differ), <see cref="Fold"/>
/// removes them (INSEE surnames have none). Both map typographic apostrophes to "'".
/// </summary>
public static class TextKey
{
    private const int TableSize = 0x250;

    // Built once at type load and never written again.
    private static readonly char[] FoldTable = BuildFoldTable();

    public static string Upper(ReadOnlySpan<char> text)
    {
        Span<char> buffer = text.Length <= 128 ? stackalloc char[text.Length] : new char[text.Length];
        var length = Upper(text, buffer);
        return new string(buffer[..length]);
    }

    public static string Fold(ReadOnlySpan<char> text)
    {
        Span<char> buffer = text.Length <= 128 ? stackalloc char[text.Length] : new char[text.Length];
        var length = Fold(text, buffer);
        return new string(buffer[..length]);
    }

    /// <summary>Writes the upper-case form (accents kept) into <paramref name="destination"/>; returns its length.</summary>
    public static int Upper(ReadOnlySpan<char> text, Span<char> destination)
    {
        var length = Math.Min(text.Length, destination.Length);
        for (var i = 0; i < length; i++)
        {
            var ch = text[i];
            destination[i] = ch is '’' or 'ʼ' or '`' ? '\'' : char.ToUpperInvariant(ch);
        }

        return length;
    }

    /// <summary>Writes the upper-case form without accents into <paramref name="destination"/>; returns its length.</summary>
    public static int Fold(ReadOnlySpan<char> text, Span<char> destination)
    {
        var length = Math.Min(text.Length, destination.Length);
        for (var i = 0; i < length; i++)
        {
            var ch = text[i];
            destination[i] = ch < TableSize ? FoldTable[ch] : ch is '’' or 'ʼ' ? '\'' : char.ToUpperInvariant(ch);
        }

        return length;
    }

    private static char[] BuildFoldTable()
    {
        var table = new char[TableSize];
        for (var i = 0; i < TableSize; i++)
        {
            var upper = char.ToUpperInvariant((char)i);
            var decomposed = upper.ToString().Normalize(NormalizationForm.FormD);
            var folded = upper;
            foreach (var c in decomposed)
            {
                if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                {
                    folded = c;
                    break;
                }
            }

            table[i] = folded switch
            {
                'Œ' => 'O',
                'Æ' => 'A',
                '`' => '\'',
                _ => folded,
            };
        }

        return table;
    }
}
