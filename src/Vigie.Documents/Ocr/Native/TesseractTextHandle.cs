using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Vigie.Documents.Ocr.Native;

/// <summary>A UTF-8 string allocated by Tesseract, freed with TessDeleteText.</summary>
internal sealed class TesseractTextHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    public TesseractTextHandle()
        : base(ownsHandle: true)
    {
    }

    /// <summary>The text, or an empty string when Tesseract returned none.</summary>
    public string Read() => IsInvalid ? string.Empty : Marshal.PtrToStringUTF8(handle) ?? string.Empty;

    protected override bool ReleaseHandle()
    {
        TesseractNative.DeleteText(handle);
        return true;
    }
}
