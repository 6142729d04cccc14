using System.Runtime.InteropServices;

namespace Vigie.Documents.Ocr.Native;

/// <summary>The Leptonica image functions Vigie uses (decoding images for Tesseract, splitting TIFF pages).</summary>
internal static partial class LeptonicaNative
{
    /// <summary>L_SEVERITY_NONE: no message on stderr.</summary>
    public const int SeverityNone = 6;

    /// <summary>IFF_TIFF: uncompressed TIFF (fast to write and to read back).</summary>
    public const int TiffUncompressed = 4;

    /// <summary>IFF_TIFF_G4: CCITT group 4, for 1-bit images.</summary>
    public const int TiffGroup4 = 8;

    static LeptonicaNative() => OcrNativeLibraries.EnsureResolver();

    [LibraryImport(OcrNativeLibraries.Leptonica, EntryPoint = "pixReadMem")]
    internal static partial PixHandle PixReadMem(ReadOnlySpan<byte> data, nuint size);

    [LibraryImport(OcrNativeLibraries.Leptonica, EntryPoint = "pixReadHeaderMem")]
    internal static partial int PixReadHeaderMem(
        ReadOnlySpan<byte> data, nuint size, out int format, out int width, out int height, out int bitsPerSample, out int samplesPerPixel, out int hasColormap);

    [LibraryImport(OcrNativeLibraries.Leptonica, EntryPoint = "pixReadMemFromMultipageTiff")]
    internal static partial PixHandle PixReadMemFromMultipageTiff(ReadOnlySpan<byte> data, nuint size, ref nuint offset);

    [LibraryImport(OcrNativeLibraries.Leptonica, EntryPoint = "pixWriteMemTiff")]
    internal static partial int PixWriteMemTiff(out IntPtr data, out nuint size, PixHandle pix, int compression);

    [LibraryImport(OcrNativeLibraries.Leptonica, EntryPoint = "pixDestroy")]
    internal static partial void PixDestroy(ref IntPtr pix);

    [LibraryImport(OcrNativeLibraries.Leptonica, EntryPoint = "pixGetDepth")]
    internal static partial int PixGetDepth(PixHandle pix);

    [LibraryImport(OcrNativeLibraries.Leptonica, EntryPoint = "lept_free")]
    internal static partial void LeptFree(IntPtr data);
}
