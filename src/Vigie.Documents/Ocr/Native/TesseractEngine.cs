using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using Vigie.Documents.Model;

namespace Vigie.Documents.Ocr.Native;

/// <summary>
/// One initialised Tesseract API (language data loaded once, reused page after page). Not thread-safe: the
/// <see cref="TesseractEnginePool"/> lends it to one caller at a time.
/// </summary>
internal sealed unsafe class TesseractEngine : IDisposable
{
    private readonly TesseractApiHandle _api;

    private TesseractEngine(TesseractApiHandle api)
    {
        _api = api;
    }

    /// <summary>Creates and initialises an engine; throws <see cref="InvalidOperationException"/> (French) when Tesseract refuses.</summary>
    public static TesseractEngine Create(string tessdataPath, string language, TesseractEngineSettings settings)
    {
        // LSTM only: current models (Debian's, tessdata_fast/best) are LSTM, and skipping the legacy engine saves
        // memory and start time. Older legacy-only data falls back to Tesseract's default mode.
        var api = InitOrNull(api => TesseractNative.Init2(api, tessdataPath, language, TesseractNative.EngineModeLstmOnly))
            ?? InitOrNull(api => TesseractNative.Init3(api, tessdataPath, language))
            ?? throw new InvalidOperationException(
                $"Tesseract n'a pas pu charger la langue « {language} » depuis {tessdataPath} (fichier .traineddata illisible ou d'une autre version).");

        if (!OperatingSystem.IsWindows())
        {
            // Tesseract's notes ("Estimating resolution as 300"…) would clutter the user's terminal.
            _ = TesseractNative.SetVariable(api, "debug_file", "/dev/null");
        }

        _ = TesseractNative.SetVariable(api, "tessedit_do_invert", settings.DetectInvertedText ? "1" : "0");
        TesseractNative.SetPageSegMode(api, (int)settings.PageSegmentation);
        return new TesseractEngine(api);
    }

    /// <summary>The library version ("5.3.0").</summary>
    public static string Version() => Marshal.PtrToStringUTF8(TesseractNative.Version()) ?? "?";

    /// <summary>Recognises one decoded image. Throws <see cref="OperationCanceledException"/> or, past the timeout, ILLISIBLE.</summary>
    public OcrPageResult Recognize(PixHandle pix, TimeSpan timeout, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var cancellation = GCHandle.Alloc(new RecognitionCancellation(cancellationToken));
        try
        {
            using var monitor = TesseractNative.MonitorCreate();
            TesseractNative.MonitorSetCancelFunc(monitor, &TesseractNative.ShouldCancel);
            TesseractNative.MonitorSetCancelThis(monitor, GCHandle.ToIntPtr(cancellation));
            var timeoutMilliseconds = (int)Math.Clamp(timeout.TotalMilliseconds, 1, int.MaxValue);
            TesseractNative.MonitorSetDeadlineMSecs(monitor, timeoutMilliseconds);

            TesseractNative.SetImage2(_api, pix);
            var started = Stopwatch.GetTimestamp();
            var status = TesseractNative.Recognize(_api, monitor);
            cancellationToken.ThrowIfCancellationRequested();
            if (Stopwatch.GetElapsedTime(started) >= timeout)
            {
                throw new DocumentReadException(
                    DocumentErrorCodes.Illisible,
                    string.Create(
                        CultureInfo.GetCultureInfo("fr-FR"),
                        $"La reconnaissance de texte (OCR) de la page a dépassé {timeout.TotalSeconds:0.#} s et a été abandonnée."));
            }

            if (status != 0)
            {
                return new OcrPageResult(string.Empty, 0);
            }

            using var text = TesseractNative.GetUtf8Text(_api);
            var confidence = Math.Clamp(TesseractNative.MeanTextConf(_api), 0, 100);
            return new OcrPageResult(Normalize(text.Read()), confidence);
        }
        finally
        {
            // Frees the page's results and Tesseract's copy of the image; the language data stays loaded.
            TesseractNative.Clear(_api);
            cancellation.Free();
        }
    }

    public void Dispose() => _api.Dispose();

    private static TesseractApiHandle? InitOrNull(Func<TesseractApiHandle, int> init)
    {
        var api = TesseractNative.Create();
        if (!api.IsInvalid && init(api) == 0)
        {
            return api;
        }

        api.Dispose();
        return null;
    }

    private static string Normalize(string text)
    {
        // Lines end with '\n' only, no trailing blank lines, composed accents (NFC) so "É" compares as typed.
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(line => line.TrimEnd());
        return string.Join('\n', lines).Trim('\n').Normalize(NormalizationForm.FormC);
    }
}
