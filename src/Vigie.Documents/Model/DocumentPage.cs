namespace Vigie.Documents.Model;

/// <summary>
/// One page of a document, its text in reading order. Character offsets into <see cref="Text"/> are the
/// provenance that later steps quote as evidence.
/// </summary>
/// <param name="Number">1-based page number in the document.</param>
/// <param name="Text">Text in reading order, lines separated by '\n'.</param>
/// <param name="Origin">Where the text comes from.</param>
/// <param name="OcrConfidence">Mean OCR confidence 0–100 when <see cref="Origin"/> is <see cref="TextOrigin.Ocr"/>.</param>
public sealed record DocumentPage(int Number, string Text, TextOrigin Origin, double? OcrConfidence = null)
{
    /// <summary>
    /// Spans of <see cref="Text"/> recognised as running header or footer (repeated on most pages).
    /// They stay in the text so offsets remain true; the splitter and extractors may skip them.
    /// </summary>
    public IReadOnlyList<TextSpan> HeaderFooter { get; init; } = [];
}
