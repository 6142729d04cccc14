namespace Vigie.Documents.Ocr;

/// <summary>The image formats <see cref="ImageDocumentReader"/> reads, recognised by their signature.</summary>
internal enum ImageKind
{
    Unknown,
    Png,
    Jpeg,
    Tiff,
}
