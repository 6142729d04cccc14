using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;
using Vigie.Documents.Model;
using Vigie.Documents.Ocr;

namespace Vigie.Documents.Reading.Pdf;

/// <summary>
/// Reads PDF files with PdfPig: the text layer of each page in reading order, running headers and footers
/// marked, and OCR (when installed) for pages with no usable text layer.
/// </summary>
public sealed partial class PdfDocumentReader : IDocumentReader
{
    private readonly DocumentsOptions _options;
    private readonly PdfPageOcr _pageOcr;
    private readonly ILogger<PdfDocumentReader> _logger;

    public PdfDocumentReader(
        IOptions<DocumentsOptions> options,
        IPdfPageRasterizer? rasterizer = null,
        IOcrEngine? ocr = null,
        ILogger<PdfDocumentReader>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _pageOcr = new PdfPageOcr(_options, rasterizer, ocr);
        _logger = logger ?? NullLogger<PdfDocumentReader>.Instance;
    }

    public string Format => "pdf";

    public bool CanRead(DocumentInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return ContentSignature.IsPdf(input.Content)
            || (input.Extension == ".pdf" && !ContentSignature.IsZip(input.Content) && !ContentSignature.IsImage(input.Content));
    }

    public DocumentContent Read(DocumentInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var content = input.Content;
        if (!ContentSignature.IsPdf(content))
        {
            throw new DocumentReadException(
                DocumentErrorCodes.FichierCorrompu,
                "Le fichier porte l'extension .pdf mais n'est pas un PDF (en-tête « %PDF » absent) : il est endommagé ou mal nommé.");
        }

        if (!ContentSignature.HasPdfEndMarker(content))
        {
            throw new DocumentReadException(
                DocumentErrorCodes.FichierCorrompu,
                "Le fichier PDF est tronqué (la marque de fin « %%EOF » est absente) : il a sans doute été mal copié ou mal téléchargé.");
        }

        using var document = Open(content);
        var pageCount = CountPages(document);
        if (pageCount > _options.MaxPages)
        {
            throw new DocumentReadException(
                DocumentErrorCodes.TropDePages,
                string.Create(CultureInfo.InvariantCulture, $"Le PDF compte {pageCount} pages, au-delà de la limite de {_options.MaxPages} pages par document (réglage Documents:MaxPages)."));
        }

        var layouts = new PageLayout[pageCount];
        var origins = new TextOrigin[pageCount];
        var confidences = new double?[pageCount];
        var warnings = new List<string>();
        for (var number = 1; number <= pageCount; number++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var page = ReadPage(document, content, number, warnings, cancellationToken);
            layouts[number - 1] = page.Layout;
            origins[number - 1] = page.Origin;
            confidences[number - 1] = page.Confidence;
        }

        if (Array.TrueForAll(layouts, l => l.Lines.Count == 0))
        {
            throw new DocumentReadException(DocumentErrorCodes.Illisible, _pageOcr.UnreadableDocumentMessage());
        }

        var running = RunningLineDetector.Detect(layouts);
        var pages = new DocumentPage[pageCount];
        for (var i = 0; i < pageCount; i++)
        {
            pages[i] = new DocumentPage(i + 1, layouts[i].Text, origins[i], confidences[i]) { HeaderFooter = running[i] };
        }

        return new DocumentContent(input.Source, ContentHash.Sha256Hex(content), Format, pages) { Warnings = warnings };
    }

    private PdfDocument Open(byte[] content)
    {
        try
        {
            return PdfDocument.Open(content, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true, ClipPaths = false });
        }
        catch (PdfDocumentEncryptedException)
        {
            throw Encrypted();
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
        {
            LogUnreadable(ex.GetType().Name);
            throw Corrupt();
        }
    }

    private int CountPages(PdfDocument document)
    {
        try
        {
            var count = document.NumberOfPages;
            return count > 0 ? count : throw new DocumentReadException(DocumentErrorCodes.FichierCorrompu, "Le fichier PDF ne contient aucune page : il est endommagé.");
        }
        catch (Exception ex) when (ex is not DocumentReadException and not OutOfMemoryException)
        {
            LogUnreadable(ex.GetType().Name);
            throw document.IsEncrypted ? Encrypted() : Corrupt();
        }
    }

    private PdfPageText ReadPage(PdfDocument document, byte[] content, int number, List<string> warnings, CancellationToken cancellationToken)
    {
        PageLayout layout;
        UglyToad.PdfPig.Content.Page page;
        try
        {
            page = document.GetPage(number);
            layout = PdfPageTextBuilder.Build(page.Letters, page.Height);
        }
        catch (PdfDocumentEncryptedException)
        {
            throw Encrypted();
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
        {
            if (document.IsEncrypted)
            {
                throw Encrypted();
            }

            // One damaged page must not lose the others: it is reported and read by OCR when possible.
            LogUnreadable(ex.GetType().Name);
            warnings.Add(string.Create(CultureInfo.InvariantCulture, $"Page {number} : contenu endommagé, texte illisible."));
            return _pageOcr.Recognize(content, number, warnings, cancellationToken);
        }

        var verdict = TextLayerQuality.Judge(layout.Text);
        if (verdict == TextLayerVerdict.Usable)
        {
            return new PdfPageText(layout, TextOrigin.TextLayer, null);
        }

        // Only pages with little or no text are looked at for images: most pages never pay for it.
        var hasImages = HasImages(page);
        switch (verdict)
        {
            case TextLayerVerdict.Sparse when !hasImages:
                return new PdfPageText(layout, TextOrigin.TextLayer, null);
            case TextLayerVerdict.Empty when !hasImages:
                warnings.Add(string.Create(CultureInfo.InvariantCulture, $"Page {number} : page blanche."));
                return new PdfPageText(PageLayout.Empty, TextOrigin.None, null);
            default:
                return _pageOcr.Recognize(content, number, warnings, cancellationToken);
        }
    }

    private static bool HasImages(UglyToad.PdfPig.Content.Page page)
    {
        try
        {
            return page.NumberOfImages > 0;
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
        {
            // When the images cannot even be counted, OCR is still worth a try.
            return true;
        }
    }

    private static DocumentReadException Encrypted() => new(
        DocumentErrorCodes.PdfChiffre,
        "Le PDF est protégé par un mot de passe (chiffré) : Vigie ne peut pas le lire. Demandez une version non protégée du document.");

    private static DocumentReadException Corrupt() => new(
        DocumentErrorCodes.FichierCorrompu,
        "Le fichier PDF est endommagé et ne peut pas être lu. Réenregistrez-le ou demandez une nouvelle copie.");

    [LoggerMessage(Level = LogLevel.Debug, Message = "PDF illisible par PdfPig ({ExceptionType}).")]
    private partial void LogUnreadable(string exceptionType);
}
