using System.IO.Compression;

namespace Vigie.Documents.Reading;

/// <summary>
/// Recognises formats by their first bytes ("magic numbers"), so a file is read as what it is,
/// whatever its extension says.
/// </summary>
internal static class ContentSignature
{
    public static bool IsPdf(ReadOnlySpan<byte> content) =>
        content[..Math.Min(content.Length, 1024)].IndexOf("%PDF-"u8) >= 0;

    /// <summary>The PDF end marker must sit in the last 1024 bytes; a file cut short loses it.</summary>
    public static bool HasPdfEndMarker(ReadOnlySpan<byte> content) =>
        content[Math.Max(0, content.Length - 1024)..].IndexOf("%%EOF"u8) >= 0;

    public static bool IsZip(ReadOnlySpan<byte> content) =>
        content.StartsWith("PK\u0003\u0004"u8) || content.StartsWith("PK\u0005\u0006"u8);

    public static bool IsImage(ReadOnlySpan<byte> content) =>
        content.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47])
        || content.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF])
        || content.StartsWith("II*\0"u8)
        || content.StartsWith("MM\0*"u8)
        || content.StartsWith("GIF8"u8)
        || (content.Length > 14 && content.StartsWith("BM"u8) && content[6..10].IndexOfAnyExcept((byte)0) < 0);

    /// <summary>Executables, old Office (OLE) files and other binaries no reader handles.</summary>
    public static bool IsKnownBinary(ReadOnlySpan<byte> content) =>
        content.StartsWith("MZ"u8)
        || content.StartsWith("\u007FELF"u8)
        || content.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0])
        || content.StartsWith("Rar!"u8)
        || content.StartsWith((ReadOnlySpan<byte>)[0x1F, 0x8B])
        || content.StartsWith("7z"u8);

    /// <summary>Any signature that belongs to a format other than plain text.</summary>
    public static bool IsBinaryFormat(ReadOnlySpan<byte> content) =>
        IsPdf(content) || IsZip(content) || IsImage(content) || IsKnownBinary(content);

    /// <summary>True when the bytes are a ZIP archive holding an entry of that exact name.</summary>
    public static bool ZipHasEntry(byte[] content, string entryName)
    {
        if (!IsZip(content))
        {
            return false;
        }

        try
        {
            using var archive = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            return archive.GetEntry(entryName) is not null;
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or ArgumentException or NotSupportedException)
        {
            return false;
        }
    }
}
