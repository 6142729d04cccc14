namespace Vigie.Documents.Ocr;

/// <summary>Turns one page of a PDF into an image the OCR engine reads (for scanned pages with no usable text layer).</summary>
public interface IPdfPageRasterizer
{
    /// <summary>An encoded image (PNG, JPEG…) of page <paramref name="pageNumber"/> (1-based), or null when it cannot.</summary>
    byte[]? Render(byte[] pdf, int pageNumber, int dpi, CancellationToken cancellationToken);
}
