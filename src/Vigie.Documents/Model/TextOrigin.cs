namespace Vigie.Documents.Model;

/// <summary>Where the text of a page comes from.</summary>
public enum TextOrigin
{
    /// <summary>The text layer of a PDF.</summary>
    TextLayer,

    /// <summary>Optical character recognition of a page image.</summary>
    Ocr,

    /// <summary>A native text format (DOCX, ODT, TXT).</summary>
    Native,

    /// <summary>No text could be obtained for the page.</summary>
    None,
}
