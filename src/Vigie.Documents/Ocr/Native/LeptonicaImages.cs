using System.Runtime.InteropServices;

namespace Vigie.Documents.Ocr.Native;

/// <summary>Decoding and re-encoding of images with Leptonica (the image library Tesseract reads from).</summary>
internal static class LeptonicaImages
{
    /// <summary>Decodes PNG, JPEG, TIFF (first page), JPEG 2000, BMP, PNM…; null when the bytes are not a decodable image.</summary>
    public static PixHandle? Decode(byte[] image)
    {
        if (!TruncatedImageCheck.LooksComplete(image))
        {
            return null;
        }

        var pix = LeptonicaNative.PixReadMem(image, (nuint)image.Length);
        if (pix.IsInvalid)
        {
            pix.Dispose();
            return null;
        }

        return pix;
    }

    /// <summary>Width and height read from the image header without decoding it; false when the header is unreadable.</summary>
    public static bool TryReadSize(byte[] image, out int width, out int height)
    {
        var status = LeptonicaNative.PixReadHeaderMem(image, (nuint)image.Length, out _, out width, out height, out _, out _, out _);
        return status == 0 && width > 0 && height > 0;
    }

    /// <summary>
    /// The pages of a multi-page TIFF, each re-encoded as a single-page TIFF the OCR engine reads, one at a time
    /// (a decoded A4 page at 300 dpi weighs 9 to 35 MB). Yields null for a page that cannot be decoded, then stops:
    /// after a damaged page the position of the next one is unknown.
    /// </summary>
    public static IEnumerable<byte[]?> SplitTiff(byte[] tiff)
    {
        nuint offset = 0;
        do
        {
            using var pix = LeptonicaNative.PixReadMemFromMultipageTiff(tiff, (nuint)tiff.Length, ref offset);
            if (pix.IsInvalid)
            {
                yield return null;
                yield break;
            }

            yield return EncodeTiff(pix);
        }
        while (offset != 0);
    }

    private static byte[]? EncodeTiff(PixHandle pix)
    {
        // Group 4 keeps 1-bit scans small; other depths stay uncompressed, which is quickest to write and read.
        var compression = LeptonicaNative.PixGetDepth(pix) == 1 ? LeptonicaNative.TiffGroup4 : LeptonicaNative.TiffUncompressed;
        if (LeptonicaNative.PixWriteMemTiff(out var data, out var size, pix, compression) != 0 || data == IntPtr.Zero)
        {
            return null;
        }

        try
        {
            var bytes = new byte[checked((int)size)];
            Marshal.Copy(data, bytes, 0, bytes.Length);
            return bytes;
        }
        finally
        {
            LeptonicaNative.LeptFree(data);
        }
    }
}
