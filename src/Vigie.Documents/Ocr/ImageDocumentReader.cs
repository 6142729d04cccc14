using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Vigie.Documents.Model;
using Vigie.Documents.Ocr.Native;
using Vigie.Documents.Reading;
using static System.FormattableString;

namespace Vigie.Documents.Ocr;

/// <summary>
/// Reads scans and photos (PNG, JPEG, TIFF with one page per TIFF page) by OCR. Every page has
/// <see cref="TextOrigin.Ocr"/> and its confidence; a page without readable text has <see cref="TextOrigin.None"/>
/// and a warning; an image without any readable text is ILLISIBLE.
/// </summary>
public sealed partial class ImageDocumentReader : IDocumentReader
{
    public const string FormatName = "image";

    private readonly IOcrEngine _engine;
    private readonly DocumentsOptions _options;
    private readonly ILogger<ImageDocumentReader> _logger;

    public ImageDocumentReader(IOcrEngine engine, IOptions<DocumentsOptions> options, ILogger<ImageDocumentReader>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(options);
        _engine = engine;
        _options = options.Value;
        _logger = logger ?? NullLogger<ImageDocumentReader>.Instance;
    }

    public string Format => FormatName;

    /// <summary>PNG, JPEG or TIFF by signature; else an image extension on content no other reader claims.</summary>
    public bool CanRead(DocumentInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return ImageSignature.Detect(input.Content) != ImageKind.Unknown
            || (ImageSignature.HasImageExtension(input.Extension) && !ImageSignature.IsOtherKnownFormat(input.Content));
    }

    public DocumentContent Read(DocumentInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var name = input.FileName;
        var kind = ImageSignature.Detect(input.Content);
        if (kind == ImageKind.Unknown)
        {
            throw new DocumentReadException(
                DocumentErrorCodes.FichierCorrompu,
                $"Le fichier {name} porte l'extension d'une image mais ne contient pas une image PNG, JPEG ou TIFF valide.");
        }

        var pageCount = CountPages(input.Content, kind, name);
        if (!_options.OcrEnabled)
        {
            throw new DocumentReadException(
                DocumentErrorCodes.Illisible,
                $"L'image {name} ne peut être lue que par reconnaissance de texte (OCR), désactivée par le réglage Documents:OcrEnabled.");
        }

        if (!_engine.IsAvailable)
        {
            throw new DocumentReadException(
                DocumentErrorCodes.Illisible,
                $"L'image {name} ne peut pas être lue par reconnaissance de texte (OCR). {_engine.UnavailableReason}");
        }

        var pages = new List<DocumentPage>(pageCount);
        var warnings = new List<string>();
        var results = new List<OcrPageResult>();
        foreach (var image in PageImages(input.Content, pageCount))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var number = pages.Count + 1;
            if (image is null)
            {
                warnings.Add(Invariant($"Page {number} de l'image : page TIFF endommagée, ni elle ni les suivantes n'ont pu être lues."));
                break;
            }

            var result = Recognize(image, number, pageCount, name, warnings, cancellationToken);
            if (result is not null)
            {
                results.Add(result);
            }

            pages.Add(ToPage(number, result, warnings));
        }

        // Pages after a damaged TIFF page cannot be located: they are kept, empty, so page numbers stay true.
        for (var number = pages.Count + 1; number <= pageCount; number++)
        {
            pages.Add(new DocumentPage(number, string.Empty, TextOrigin.None));
        }

        if (pages.All(page => page.Origin == TextOrigin.None))
        {
            throw new DocumentReadException(DocumentErrorCodes.Illisible, NoReadableText(name, pageCount, results));
        }

        LogRead(pageCount, pages.Count(page => page.Origin == TextOrigin.Ocr));
        return new DocumentContent(input.Source, ContentHash.Sha256Hex(input.Content), FormatName, pages)
        {
            Warnings = warnings,
        };
    }

    private int CountPages(byte[] content, ImageKind kind, string name)
    {
        if (kind != ImageKind.Tiff)
        {
            return 1;
        }

        var count = TiffDirectoryCounter.Count(content)
            ?? throw new DocumentReadException(
                DocumentErrorCodes.FichierCorrompu,
                $"L'image TIFF {name} est endommagée : sa structure de pages est incohérente.");
        if (count > _options.MaxPages)
        {
            throw new DocumentReadException(
                DocumentErrorCodes.TropDePages,
                Invariant($"L'image TIFF {name} compte {count} pages, plus que la limite de {_options.MaxPages} pages (réglage Documents:MaxPages)."));
        }

        return count;
    }

    private static IEnumerable<byte[]?> PageImages(byte[] content, int pageCount)
    {
        if (pageCount == 1)
        {
            return [content];
        }

        try
        {
            return LeptonicaImages.SplitTiff(content);
        }
        catch (DllNotFoundException ex)
        {
            throw new DocumentReadException(
                DocumentErrorCodes.Illisible,
                "Les pages de cette image TIFF ne peuvent pas être séparées : la bibliothèque Leptonica (installée avec Tesseract) est introuvable.",
                ex);
        }
    }

    private OcrPageResult? Recognize(byte[] image, int number, int pageCount, string name, List<string> warnings, CancellationToken cancellationToken)
    {
        try
        {
            return _engine.Recognize(image, cancellationToken);
        }
        catch (DocumentReadException ex) when (ex.Code == DocumentErrorCodes.FichierCorrompu && pageCount == 1)
        {
            throw new DocumentReadException(
                DocumentErrorCodes.FichierCorrompu,
                $"L'image {name} est endommagée : son contenu ne peut pas être décodé.",
                ex);
        }
        catch (DocumentReadException ex) when (pageCount > 1)
        {
            warnings.Add(Invariant($"Page {number} de l'image : {ex.Message}"));
            return null;
        }
    }

    private DocumentPage ToPage(int number, OcrPageResult? result, List<string> warnings)
    {
        if (result is null)
        {
            return new DocumentPage(number, string.Empty, TextOrigin.None);
        }

        if (!OcrReadability.IsReadable(result, _options.OcrLowConfidence))
        {
            warnings.Add(Invariant($"Page {number} de l'image : aucun texte lisible (confiance OCR {result.Confidence:0} %)."));
            return new DocumentPage(number, string.Empty, TextOrigin.None);
        }

        if (result.Confidence < _options.OcrLowConfidence)
        {
            warnings.Add(Invariant(
                $"Page {number} de l'image lue par OCR avec une confiance faible ({result.Confidence:0} %) : vérifiez le texte extrait."));
        }

        return new DocumentPage(number, result.Text, TextOrigin.Ocr, result.Confidence);
    }

    private static string NoReadableText(string name, int pageCount, List<OcrPageResult> results)
    {
        var where = pageCount == 1 ? $"l'image {name}" : Invariant($"les {pageCount} pages de l'image {name}");
        var best = results.Count == 0 ? 0 : results.Max(result => result.Confidence);
        var why = results.All(result => result.Text.Count(char.IsLetterOrDigit) < OcrReadability.MinimumCharacters)
            ? "la reconnaissance de texte (OCR) n'y a trouvé aucun mot (page blanche, photo, image trop floue ou trop petite ?)."
            : Invariant($"la reconnaissance de texte (OCR) n'y obtient qu'une confiance de {best:0} % (image floue, mal contrastée ou mal orientée ?).");
        return $"Aucun texte lisible dans {where} : {why}";
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Image lue par OCR : {Pages} page(s), {ReadablePages} lisible(s).")]
    private partial void LogRead(int pages, int readablePages);
}
