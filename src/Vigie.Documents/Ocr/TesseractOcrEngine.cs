using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Vigie.Documents.Model;
using Vigie.Documents.Ocr.Native;

namespace Vigie.Documents.Ocr;

/// <summary>
/// OCR with the system's Tesseract library (P/Invoke of its C API), French by default. Thread-safe: each concurrent
/// caller gets its own native engine from a pool of at most <see cref="TesseractEngineSettings.MaxConcurrentEngines"/>
/// engines, created on first use and reused page after page. Tesseract is found lazily, on the first call to
/// <see cref="IsAvailable"/> or <see cref="Recognize"/>.
/// </summary>
public sealed partial class TesseractOcrEngine : IOcrEngine, IDisposable
{
    private readonly DocumentsOptions _options;
    private readonly TesseractEngineSettings _settings;
    private readonly ILogger<TesseractOcrEngine> _logger;
    private readonly Lazy<EngineStartup> _startup;

    public TesseractOcrEngine(
        IOptions<DocumentsOptions> options,
        ILogger<TesseractOcrEngine>? logger = null,
        TesseractEngineSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _settings = settings ?? new TesseractEngineSettings();
        _logger = logger ?? NullLogger<TesseractOcrEngine>.Instance;
        _startup = new Lazy<EngineStartup>(Start, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public bool IsAvailable => _startup.Value.Pool is not null;

    public string? UnavailableReason => _startup.Value.UnavailableReason;

    /// <summary>The Tesseract library version (e.g. "5.3.0"), or null when unavailable.</summary>
    public string? EngineVersion => _startup.Value.Version;

    /// <summary>The language data folder in use, or null when unavailable.</summary>
    public string? TessdataFolder => _startup.Value.TessdataFolder;

    /// <summary>
    /// Recognises one encoded image (PNG, JPEG, TIFF first page, JPEG 2000, BMP, PNM). Throws
    /// <see cref="DocumentReadException"/>: FICHIER_CORROMPU when the bytes cannot be decoded, TROP_VOLUMINEUX when
    /// the image exceeds <see cref="TesseractEngineSettings.MaxImagePixels"/>, ILLISIBLE when the engine is
    /// unavailable or the page exceeds its timeout; <see cref="OperationCanceledException"/> when cancelled.
    /// An image without text gives an empty text and a confidence of 0.
    /// </summary>
    public OcrPageResult Recognize(byte[] image, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(image);
        var startup = _startup.Value;
        if (startup.Pool is null)
        {
            throw new DocumentReadException(DocumentErrorCodes.Illisible, startup.UnavailableReason ?? "OCR indisponible.");
        }

        cancellationToken.ThrowIfCancellationRequested();
        if (TruncatedImageCheck.LooksComplete(image)
            && LeptonicaImages.TryReadSize(image, out var width, out var height)
            && (long)width * height > _settings.MaxImagePixels)
        {
            throw new DocumentReadException(
                DocumentErrorCodes.TropVolumineux,
                string.Create(
                    CultureInfo.GetCultureInfo("fr-FR"),
                    $"L'image est trop grande pour la reconnaissance de texte ({width} × {height} pixels, soit {(long)width * height / 1e6:0} millions ; au plus {_settings.MaxImagePixels / 1e6:0} millions) : numérisez-la à 300 dpi."));
        }

        using var pix = LeptonicaImages.Decode(image)
            ?? throw new DocumentReadException(
                DocumentErrorCodes.FichierCorrompu,
                "L'image est endommagée ou dans un format que le moteur OCR ne sait pas décoder.");
        return startup.Pool.Run(engine => engine.Recognize(pix, _settings.PageTimeout, cancellationToken), cancellationToken);
    }

    public void Dispose()
    {
        if (_startup.IsValueCreated)
        {
            _startup.Value.Pool?.Dispose();
        }
    }

    private EngineStartup Start()
    {
        if (!_options.OcrEnabled)
        {
            return Unavailable("La reconnaissance de texte (OCR) est désactivée (réglage Documents:OcrEnabled).");
        }

        var languages = _options.OcrLanguage.Split('+', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (languages.Length == 0 || !languages.All(IsLanguageCode))
        {
            return Unavailable(
                $"Le réglage Documents:OcrLanguage « {_options.OcrLanguage} » n'est pas une liste de langues Tesseract "
                + "(par exemple « fra » ou « fra+eng »).");
        }

        var location = TessdataLocator.Locate(
            _options.OcrTessdataPath, Environment.GetEnvironmentVariable("TESSDATA_PREFIX"), languages);
        if (location.Folder is null)
        {
            return Unavailable(location.UnavailableReason!);
        }

        if (!OcrNativeLibraries.TryLoadTesseract(out var loadError))
        {
            return Unavailable(loadError!);
        }

        var language = string.Join('+', languages);
        var folder = location.Folder;
        try
        {
            TesseractEngine Create() => TesseractEngine.Create(folder, language, _settings);
            var pool = new TesseractEnginePool(Create, _settings.MaxConcurrentEngines, first: Create());
            var version = TesseractEngine.Version();
            LogReady(version, language, _settings.MaxConcurrentEngines);
            return new EngineStartup(pool, null, version, folder);
        }
        catch (InvalidOperationException ex)
        {
            return Unavailable(ex.Message);
        }
        catch (EntryPointNotFoundException)
        {
            return Unavailable("La bibliothèque Tesseract installée est trop ancienne : Vigie demande Tesseract 4 ou 5.");
        }
    }

    private EngineStartup Unavailable(string reason)
    {
        LogUnavailable(reason);
        return new EngineStartup(null, reason, null, null);
    }

    private static bool IsLanguageCode(string language) =>
        language.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-');

    [LoggerMessage(Level = LogLevel.Information, Message = "OCR Tesseract {Version} prêt (langue {Language}, {MaxEngines} moteur(s) au plus).")]
    private partial void LogReady(string version, string language, int maxEngines);

    [LoggerMessage(Level = LogLevel.Warning, Message = "OCR indisponible : {Reason}")]
    private partial void LogUnavailable(string reason);

    private sealed record EngineStartup(TesseractEnginePool? Pool, string? UnavailableReason, string? Version, string? TessdataFolder);
}
