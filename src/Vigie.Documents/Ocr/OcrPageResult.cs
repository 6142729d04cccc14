namespace Vigie.Documents.Ocr;

/// <summary>Text of one OCR'd page in reading order, with the engine's mean word confidence (0–100).</summary>
public sealed record OcrPageResult(string Text, double Confidence);
