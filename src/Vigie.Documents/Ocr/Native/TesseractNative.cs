using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Vigie.Documents.Ocr.Native;

/// <summary>The Tesseract C API (capi.h) functions Vigie uses.</summary>
internal static unsafe partial class TesseractNative
{
    /// <summary>OEM_LSTM_ONLY.</summary>
    public const int EngineModeLstmOnly = 1;

    static TesseractNative() => OcrNativeLibraries.EnsureResolver();

    [LibraryImport(OcrNativeLibraries.Tesseract, EntryPoint = "TessVersion")]
    internal static partial IntPtr Version();

    [LibraryImport(OcrNativeLibraries.Tesseract, EntryPoint = "TessBaseAPICreate")]
    internal static partial TesseractApiHandle Create();

    [LibraryImport(OcrNativeLibraries.Tesseract, EntryPoint = "TessBaseAPIDelete")]
    internal static partial void Delete(IntPtr api);

    [LibraryImport(OcrNativeLibraries.Tesseract, EntryPoint = "TessBaseAPIInit2", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int Init2(TesseractApiHandle api, string dataPath, string language, int engineMode);

    [LibraryImport(OcrNativeLibraries.Tesseract, EntryPoint = "TessBaseAPIInit3", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int Init3(TesseractApiHandle api, string dataPath, string language);

    [LibraryImport(OcrNativeLibraries.Tesseract, EntryPoint = "TessBaseAPISetVariable", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int SetVariable(TesseractApiHandle api, string name, string value);

    [LibraryImport(OcrNativeLibraries.Tesseract, EntryPoint = "TessBaseAPISetPageSegMode")]
    internal static partial void SetPageSegMode(TesseractApiHandle api, int mode);

    [LibraryImport(OcrNativeLibraries.Tesseract, EntryPoint = "TessBaseAPISetImage2")]
    internal static partial void SetImage2(TesseractApiHandle api, PixHandle pix);

    [LibraryImport(OcrNativeLibraries.Tesseract, EntryPoint = "TessBaseAPIRecognize")]
    internal static partial int Recognize(TesseractApiHandle api, TesseractMonitorHandle monitor);

    [LibraryImport(OcrNativeLibraries.Tesseract, EntryPoint = "TessBaseAPIGetUTF8Text")]
    internal static partial TesseractTextHandle GetUtf8Text(TesseractApiHandle api);

    [LibraryImport(OcrNativeLibraries.Tesseract, EntryPoint = "TessBaseAPIMeanTextConf")]
    internal static partial int MeanTextConf(TesseractApiHandle api);

    [LibraryImport(OcrNativeLibraries.Tesseract, EntryPoint = "TessDeleteText")]
    internal static partial void DeleteText(IntPtr text);

    [LibraryImport(OcrNativeLibraries.Tesseract, EntryPoint = "TessBaseAPIClear")]
    internal static partial void Clear(TesseractApiHandle api);

    [LibraryImport(OcrNativeLibraries.Tesseract, EntryPoint = "TessMonitorCreate")]
    internal static partial TesseractMonitorHandle MonitorCreate();

    [LibraryImport(OcrNativeLibraries.Tesseract, EntryPoint = "TessMonitorDelete")]
    internal static partial void MonitorDelete(IntPtr monitor);

    [LibraryImport(OcrNativeLibraries.Tesseract, EntryPoint = "TessMonitorSetCancelFunc")]
    internal static partial void MonitorSetCancelFunc(
        TesseractMonitorHandle monitor, delegate* unmanaged[Cdecl]<IntPtr, int, byte> cancel);

    [LibraryImport(OcrNativeLibraries.Tesseract, EntryPoint = "TessMonitorSetCancelThis")]
    internal static partial void MonitorSetCancelThis(TesseractMonitorHandle monitor, IntPtr state);

    [LibraryImport(OcrNativeLibraries.Tesseract, EntryPoint = "TessMonitorSetDeadlineMSecs")]
    internal static partial void MonitorSetDeadlineMSecs(TesseractMonitorHandle monitor, int milliseconds);

    /// <summary>Tesseract's cancel callback (TessCancelFunc): true stops the recognition of the page.</summary>
    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    internal static byte ShouldCancel(IntPtr state, int words)
    {
        try
        {
            return GCHandle.FromIntPtr(state).Target is RecognitionCancellation { IsCancellationRequested: true } ? (byte)1 : (byte)0;
        }
#pragma warning disable CA1031 // An exception must never unwind into native code.
        catch
#pragma warning restore CA1031
        {
            return 0;
        }
    }
}
