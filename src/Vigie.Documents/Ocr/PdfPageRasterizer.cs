using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Vigie.Documents.Ocr;

/// <summary>
/// Image of a scanned PDF page for OCR: the scan embedded in the page when the page is one full-page image (no
/// rendering, original quality), else the page rendered by pdftoppm at the requested resolution, else null.
/// Thread-safe.
/// </summary>
public sealed partial class PdfPageRasterizer : IPdfPageRasterizer
{
    private readonly PdfPageRasterizerSettings _settings;
    private readonly PdftoppmRenderer _pdftoppm;
    private readonly ILogger<PdfPageRasterizer> _logger;

    public PdfPageRasterizer(ILogger<PdfPageRasterizer>? logger = null, PdfPageRasterizerSettings? settings = null)
    {
        _settings = settings ?? new PdfPageRasterizerSettings();
        _pdftoppm = new PdftoppmRenderer(_settings.PdftoppmPath, _settings.PageTimeout);
        _logger = logger ?? NullLogger<PdfPageRasterizer>.Instance;
    }

    public byte[]? Render(byte[] pdf, int pageNumber, int dpi, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        if (pageNumber < 1 || pdf.Length == 0)
        {
            return null;
        }

        cancellationToken.ThrowIfCancellationRequested();
        if (_settings.UseEmbeddedImages)
        {
            var embedded = TryEmbedded(pdf, pageNumber, dpi);
            if (embedded is not null)
            {
                return embedded;
            }
        }

        var rendered = _pdftoppm.Render(pdf, pageNumber, dpi, cancellationToken, out var failure);
        if (rendered is null)
        {
            LogRenderFailed(pageNumber, failure ?? "?");
        }

        return rendered;
    }

    private byte[]? TryEmbedded(byte[] pdf, int pageNumber, int dpi)
    {
        try
        {
            return EmbeddedPageImage.TryExtract(pdf, pageNumber, dpi, _settings.MinimumEmbeddedImageDpi);
        }
#pragma warning disable CA1031 // PdfPig throws many types on damaged or encrypted files; pdftoppm gets its chance.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogEmbeddedFailed(pageNumber, ex.GetType().Name);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Page {Page} : image intégrée inutilisable ({Error}), rendu par pdftoppm.")]
    private partial void LogEmbeddedFailed(int page, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Page {Page} : rendu pour OCR impossible ({Failure}).")]
    private partial void LogRenderFailed(int page, string failure);
}
