namespace Vigie.Documents.Ocr;

/// <summary>Tuning of <see cref="PdfPageRasterizer"/>.</summary>
public sealed record PdfPageRasterizerSettings
{
    /// <summary>The pdftoppm program (Poppler), found on the PATH by default.</summary>
    public string PdftoppmPath { get; init; } = "pdftoppm";

    /// <summary>Longest rendering of one page before pdftoppm is stopped (default 2 minutes).</summary>
    public TimeSpan PageTimeout { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>Hand the scan embedded in the page to OCR as it is, when there is one (default true).</summary>
    public bool UseEmbeddedImages { get; init; } = true;

    /// <summary>
    /// Lowest resolution of an embedded scan used as it is (default 150 dpi); a coarser scan is rendered by pdftoppm
    /// at the requested resolution instead, since Tesseract reads enlarged text better.
    /// </summary>
    public int MinimumEmbeddedImageDpi { get; init; } = 150;
}
