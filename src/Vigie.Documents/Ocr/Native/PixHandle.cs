using Microsoft.Win32.SafeHandles;

namespace Vigie.Documents.Ocr.Native;

/// <summary>An owned Leptonica PIX* (a decoded image).</summary>
internal sealed class PixHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    public PixHandle()
        : base(ownsHandle: true)
    {
    }

    protected override bool ReleaseHandle()
    {
        var pix = handle;
        LeptonicaNative.PixDestroy(ref pix);
        return true;
    }
}
