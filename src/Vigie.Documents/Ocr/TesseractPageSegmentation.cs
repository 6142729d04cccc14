namespace Vigie.Documents.Ocr;

/// <summary>How Tesseract splits a page into blocks and lines (its page segmentation mode, "PSM").</summary>
public enum TesseractPageSegmentation
{
    /// <summary>PSM 3: full automatic layout analysis (columns, blocks); Tesseract's default.</summary>
    Auto = 3,

    /// <summary>PSM 4: one column of text of variable sizes.</summary>
    SingleColumn = 4,

    /// <summary>PSM 6: one uniform block of text (no layout analysis).</summary>
    SingleBlock = 6,

    /// <summary>PSM 11: as much text as possible, in no particular order.</summary>
    SparseText = 11,
}
