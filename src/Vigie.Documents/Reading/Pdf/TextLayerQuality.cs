using System.Globalization;

namespace Vigie.Documents.Reading.Pdf;

/// <summary>Judges whether the text layer of a page is worth keeping or the page must be read by OCR.</summary>
internal static class TextLayerQuality
{
    // Fewer letters than this and the page is a scan with at most a stamp or a page number in text.
    private const int MinLetters = 12;

    // Text of a font without a usable character map comes out as symbols, control or private-use characters.
    private const double MinPlausibleShare = 0.85;

    public static TextLayerVerdict Judge(string text)
    {
        var letters = 0;
        var plausibleLetters = 0;
        var visible = 0;
        var odd = 0;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                continue;
            }

            visible++;
            if (char.IsLetter(c))
            {
                letters++;
                if (c < '\u0250' || c is 'œ' or 'Œ')
                {
                    plausibleLetters++;
                }
            }
            else if (char.IsControl(c) || c == '\uFFFD' || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned)
            {
                odd++;
            }
        }

        if (letters < MinLetters)
        {
            return letters == 0 && visible == 0 ? TextLayerVerdict.Empty : TextLayerVerdict.Sparse;
        }

        var plausible = (double)plausibleLetters / letters;
        var oddShare = (double)odd / visible;
        return plausible < MinPlausibleShare || oddShare > 0.1 ? TextLayerVerdict.Garbage : TextLayerVerdict.Usable;
    }
}
