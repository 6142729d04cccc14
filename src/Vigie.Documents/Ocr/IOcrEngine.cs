namespace Vigie.Documents.Ocr;

/// <summary>Optical character recognition of one page image (French by default).</summary>
public interface IOcrEngine
{
    /// <summary>False when the OCR engine or its language data is not installed; callers then report ILLISIBLE.</summary>
    bool IsAvailable { get; }

    /// <summary>Why the engine is unavailable, in French (for the batch report), or null.</summary>
    string? UnavailableReason { get; }

    /// <summary>Recognises the text of one image (PNG, JPEG, TIFF page, or raw encoded bytes a PDF page holds).</summary>
    OcrPageResult Recognize(byte[] image, CancellationToken cancellationToken);
}
