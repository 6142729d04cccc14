using Vigie.Documents.Model;
using Vigie.Documents.Ocr;

namespace Vigie.Documents.Tests;

/// <summary>An engine that is never available: shows that the reader checks structure and settings before any OCR.</summary>
internal sealed class OcrUnavailableEngine : IOcrEngine
{
    public bool IsAvailable => false;

    public string? UnavailableReason => "Moteur absent (test).";

    public OcrPageResult Recognize(byte[] image, CancellationToken cancellationToken) =>
        throw new DocumentReadException(DocumentErrorCodes.Illisible, UnavailableReason!);
}
