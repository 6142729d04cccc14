using Microsoft.Win32.SafeHandles;

namespace Vigie.Documents.Ocr.Native;

/// <summary>An owned ETEXT_DESC* (progress monitor: deadline and cancel callback of one recognition).</summary>
internal sealed class TesseractMonitorHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    public TesseractMonitorHandle()
        : base(ownsHandle: true)
    {
    }

    protected override bool ReleaseHandle()
    {
        TesseractNative.MonitorDelete(handle);
        return true;
    }
}
