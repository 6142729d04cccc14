using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Tokens;

namespace Vigie.Documents.Ocr;

/// <summary>
/// The scan inside a scanned PDF page: when the page is one image covering it, its bytes are what OCR needs,
/// without rendering. JPEG (DCTDecode) bytes are used as they are; other encodings are converted to PNG by PdfPig
/// when it can.
/// </summary>
internal static class EmbeddedPageImage
{
    /// <summary>Least share of the page the image must cover to be "the page".</summary>
    private const double MinimumCoverage = 0.8;

    /// <summary>
    /// The encoded image of page <paramref name="pageNumber"/>, or null when the page is not a single upright
    /// full-page image with a usable encoding (the caller then renders the page).
    /// </summary>
    public static byte[]? TryExtract(byte[] pdf, int pageNumber, int requestedDpi, int minimumDpi)
    {
        using var document = PdfDocument.Open(pdf, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
        if (pageNumber > document.NumberOfPages)
        {
            return null;
        }

        var page = document.GetPage(pageNumber);
        if (page.Rotation.Value != 0)
        {
            return null;
        }

        var images = page.GetImages().Take(2).ToList();
        if (images.Count != 1)
        {
            return null;
        }

        var image = images[0];
        if (!IsUprightFullPage(image, page) || image.IsImageMask || IsInverted(image))
        {
            return null;
        }

        // Too coarse: rendering enlarges it for Tesseract. Far too fine: rendering shrinks it, saving OCR time.
        var dpi = image.WidthInSamples / (image.BoundingBox.Width / 72.0);
        if (dpi < minimumDpi || dpi > 2.0 * Math.Max(requestedDpi, minimumDpi))
        {
            return null;
        }

        var filters = Filters(image.ImageDictionary);
        if (filters is ["DCTDecode"] or ["DCT"])
        {
            return image.RawMemory.ToArray();
        }

        // JPEG 2000 and JBIG2 are left to pdftoppm, which decodes them reliably.
        if (filters.Any(filter => filter is "JPXDecode" or "JBIG2Decode"))
        {
            return null;
        }

        return image.TryGetPng(out var png) ? png : null;
    }

    private static bool IsUprightFullPage(IPdfImage image, Page page)
    {
        var bounds = image.BoundingBox;
        var pageArea = page.Width * page.Height;
        return pageArea > 0
            && Math.Abs(bounds.Rotation) < 0.5
            && bounds.Width > 0
            && bounds.Area / pageArea >= MinimumCoverage;
    }

    private static bool IsInverted(IPdfImage image) =>
        image.Decode is { Count: >= 2 } decode && decode[0] > decode[1];

    private static string[] Filters(DictionaryToken dictionary)
    {
        if (!dictionary.TryGet(NameToken.Filter, out var token) && !dictionary.TryGet(NameToken.F, out token))
        {
            return [];
        }

        return token switch
        {
            NameToken name => [name.Data],
            ArrayToken array => array.Data.OfType<NameToken>().Select(name => name.Data).ToArray(),
            _ => [],
        };
    }
}
