namespace Vigie.Documents.Ocr;

/// <summary>
/// Whether an OCR result holds readable text. Tesseract "reads" noise, photos and blank pages as a few scattered
/// characters with a very low confidence; such results are reported as unreadable rather than passed on as text.
/// </summary>
public static class OcrReadability
{
    /// <summary>Fewest letters or digits a readable page holds.</summary>
    public const int MinimumCharacters = 3;

    /// <summary>Confidence under which a page is unreadable: half the "hard to read" threshold (30 by default).</summary>
    public static double UnreadableBelow(double lowConfidence) => lowConfidence / 2;

    public static bool IsReadable(OcrPageResult result, double lowConfidence)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Text.Count(char.IsLetterOrDigit) >= MinimumCharacters
            && result.Confidence >= UnreadableBelow(lowConfidence);
    }
}
