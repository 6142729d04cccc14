namespace Vigie.Documents.Reading.Pdf;

/// <summary>How usable the text layer of one PDF page is.</summary>
internal enum TextLayerVerdict
{
    /// <summary>Enough plausible letters: the text layer is the page's text.</summary>
    Usable,

    /// <summary>No visible character at all.</summary>
    Empty,

    /// <summary>A few characters only (a stamp, a page number): likely a scan.</summary>
    Sparse,

    /// <summary>Letters that are not text (a font with no character map): unusable.</summary>
    Garbage,
}
