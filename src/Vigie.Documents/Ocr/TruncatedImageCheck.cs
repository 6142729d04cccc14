using System.Buffers.Binary;

namespace Vigie.Documents.Ocr;

/// <summary>
/// Spots truncated PNG and JPEG files (the usual damage: an interrupted copy or download) before they reach the
/// native decoders, which would print their own English messages on the user's terminal.
/// </summary>
internal static class TruncatedImageCheck
{
    /// <summary>How far from the end of a JPEG its end-of-image marker is looked for (some writers pad files).</summary>
    private const int JpegTailBytes = 4096;

    /// <summary>False when a PNG lacks its final IEND chunk or a JPEG its end-of-image marker; true otherwise.</summary>
    public static bool LooksComplete(ReadOnlySpan<byte> image) => ImageSignature.Detect(image) switch
    {
        ImageKind.Png => PngIsComplete(image),
        ImageKind.Jpeg => image[Math.Max(2, image.Length - JpegTailBytes)..].IndexOf((ReadOnlySpan<byte>)[0xFF, 0xD9]) >= 0,
        _ => true,
    };

    private static bool PngIsComplete(ReadOnlySpan<byte> png)
    {
        // Chunks: 4-byte big-endian length, 4-byte type, data, 4-byte CRC; the last one is IEND.
        var at = 8L;
        while (at + 12 <= png.Length)
        {
            var length = BinaryPrimitives.ReadUInt32BigEndian(png[(int)at..]);
            if (png.Slice((int)at + 4, 4).SequenceEqual("IEND"u8))
            {
                return true;
            }

            at += 12L + length;
        }

        return false;
    }
}
