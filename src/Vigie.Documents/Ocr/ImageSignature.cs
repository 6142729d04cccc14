namespace Vigie.Documents.Ocr;

/// <summary>Recognises PNG, JPEG and TIFF by their first bytes, and the extensions that announce them.</summary>
internal static class ImageSignature
{
    private static readonly HashSet<string> Extensions = new(StringComparer.Ordinal) { ".png", ".jpg", ".jpeg", ".jpe", ".tif", ".tiff" };

    public static bool HasImageExtension(string extension) => Extensions.Contains(extension);

    public static ImageKind Detect(ReadOnlySpan<byte> content)
    {
        if (content.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return ImageKind.Png;
        }

        if (content.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return ImageKind.Jpeg;
        }

        // Classic TIFF (42) and BigTIFF (43), little- and big-endian.
        if (content.StartsWith("II*\0"u8) || content.StartsWith("MM\0*"u8) || content.StartsWith("II+\0"u8) || content.StartsWith("MM\0+"u8))
        {
            return ImageKind.Tiff;
        }

        return ImageKind.Unknown;
    }

    /// <summary>True for content another reader recognises by signature (PDF, ZIP-based DOCX/ODT).</summary>
    public static bool IsOtherKnownFormat(ReadOnlySpan<byte> content) =>
        content.StartsWith("%PDF-"u8) || content.StartsWith("PK\u0003\u0004"u8);

    public static string Name(ImageKind kind) => kind switch
    {
        ImageKind.Png => "PNG",
        ImageKind.Jpeg => "JPEG",
        ImageKind.Tiff => "TIFF",
        _ => "inconnu",
    };
}
