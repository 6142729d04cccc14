using System.Globalization;
using Vigie.Documents.Model;
using Vigie.Documents.Ocr;

namespace Vigie.Documents.Reading.Pdf;

/// <summary>
/// Reads a PDF page with no usable text layer by OCR: renders it with the optional rasterizer and recognises
/// it with the optional OCR engine. Without them the page keeps no text and the document gets a warning.
/// </summary>
internal sealed class PdfPageOcr(DocumentsOptions options, IPdfPageRasterizer? rasterizer, IOcrEngine? ocr)
{
    public PdfPageText Recognize(byte[] pdf, int number, List<string> warnings, CancellationToken cancellationToken)
    {
        var unavailable = UnavailableReason();
        if (unavailable is not null)
        {
            warnings.Add(string.Create(CultureInfo.InvariantCulture, $"Page {number} : pas de texte exploitable (page numérisée ?) et {unavailable}."));
            return NoText();
        }

        OcrPageResult result;
        try
        {
            var image = rasterizer!.Render(pdf, number, options.OcrDpi, cancellationToken);
            if (image is null)
            {
                warnings.Add(string.Create(CultureInfo.InvariantCulture, $"Page {number} : pas de texte exploitable et la page n'a pas pu être convertie en image pour l'OCR."));
                return NoText();
            }

            result = ocr!.Recognize(image, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
        {
            warnings.Add(string.Create(CultureInfo.InvariantCulture, $"Page {number} : l'OCR a échoué, la page reste sans texte."));
            return NoText();
        }

        var text = NormalizeOcrText(result.Text);
        if (TextLayerQuality.Judge(text) == TextLayerVerdict.Empty)
        {
            warnings.Add(string.Create(CultureInfo.InvariantCulture, $"Page {number} : l'OCR n'a trouvé aucun texte lisible."));
            return NoText();
        }

        var confidence = Math.Round(result.Confidence, 1);
        warnings.Add(confidence < options.OcrLowConfidence
            ? string.Create(CultureInfo.InvariantCulture, $"Page {number} lue par OCR avec une confiance faible ({confidence:0} %) : vérifiez le texte reconnu.")
            : string.Create(CultureInfo.InvariantCulture, $"Page {number} lue par OCR (confiance {confidence:0} %)."));
        return new PdfPageText(PageLayout.FromPlainText(text), TextOrigin.Ocr, confidence);
    }

    /// <summary>The French message of a document none of whose pages gave text.</summary>
    public string UnreadableDocumentMessage()
    {
        var unavailable = UnavailableReason();
        return unavailable is null
            ? "Aucun texte lisible dans ce PDF, même par reconnaissance de caractères (OCR) : la numérisation est peut-être de trop mauvaise qualité."
            : $"Ce PDF ne contient pas de texte exploitable (document numérisé ?) et {unavailable}.";
    }

    private string? UnavailableReason()
    {
        if (!options.OcrEnabled)
        {
            return "l'OCR est désactivé (réglage Documents:OcrEnabled)";
        }

        if (ocr is null)
        {
            return "l'OCR n'est pas installé";
        }

        if (!ocr.IsAvailable)
        {
            return "l'OCR n'est pas disponible" + (string.IsNullOrWhiteSpace(ocr.UnavailableReason) ? string.Empty : $" ({ocr.UnavailableReason.TrimEnd('.')})");
        }

        return rasterizer is null ? "le rendu des pages PDF en image n'est pas disponible" : null;
    }

    /// <summary>A scanned page left unread: a stray stamp of its text layer is not worth keeping as its text.</summary>
    private static PdfPageText NoText() => new(PageLayout.Empty, TextOrigin.None, null);

    private static string NormalizeOcrText(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            lines[i] = lines[i].TrimEnd();
        }

        return string.Join('\n', lines).Trim('\n');
    }
}
