using Microsoft.Win32.SafeHandles;

namespace Vigie.Documents.Ocr.Native;

/// <summary>An owned TessBaseAPI*.</summary>
internal sealed class TesseractApiHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    public TesseractApiHandle()
        : base(ownsHandle: true)
    {
    }

    protected override bool ReleaseHandle()
    {
        TesseractNative.Delete(handle);
        return true;
    }
}
