using System.ComponentModel.DataAnnotations;

namespace Vigie.Documents;

/// <summary>Limits and switches of the document layer (configuration section "Documents").</summary>
public sealed class DocumentsOptions
{
    public const string SectionName = "Documents";

    /// <summary>Largest file accepted, in bytes (default 100 MiB).</summary>
    [Range(1, long.MaxValue)]
    public long MaxFileBytes { get; set; } = 100L * 1024 * 1024;

    /// <summary>Most pages read from one document (default 500).</summary>
    [Range(1, 100_000)]
    public int MaxPages { get; set; } = 500;

    /// <summary>Most entries in one ZIP archive, nested archives included (default 50,000).</summary>
    [Range(1, 10_000_000)]
    public int MaxZipEntries { get; set; } = 50_000;

    /// <summary>Largest total uncompressed size of one ZIP archive (default 2 GiB).</summary>
    [Range(1, long.MaxValue)]
    public long MaxZipExpandedBytes { get; set; } = 2L * 1024 * 1024 * 1024;

    /// <summary>Largest compression ratio of one ZIP entry before it is treated as a ZIP bomb (default 200).</summary>
    [Range(1, 100_000)]
    public int MaxZipCompressionRatio { get; set; } = 200;

    /// <summary>Deepest nesting of ZIP archives inside ZIP archives (default 3).</summary>
    [Range(0, 10)]
    public int MaxZipDepth { get; set; } = 3;

    /// <summary>Use OCR for scans and images when the OCR engine is installed (default true).</summary>
    public bool OcrEnabled { get; set; } = true;

    /// <summary>Tesseract language(s) (default "fra").</summary>
    [Required]
    public string OcrLanguage { get; set; } = "fra";

    /// <summary>Resolution used to render a scanned PDF page for OCR, in dots per inch (default 300).</summary>
    [Range(72, 600)]
    public int OcrDpi { get; set; } = 300;

    /// <summary>Mean OCR confidence (0–100) under which a page is reported as hard to read (default 60).</summary>
    [Range(0, 100)]
    public double OcrLowConfidence { get; set; } = 60;

    /// <summary>
    /// Folder holding Tesseract's <c>*.traineddata</c> files; when null, TESSDATA_PREFIX then the usual system
    /// folders (e.g. /usr/share/tesseract-ocr/5/tessdata) are tried.
    /// </summary>
    public string? OcrTessdataPath { get; set; }
}
