using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Vigie.Documents.Inputs;
using Vigie.Documents.Reading;
using Vigie.Documents.Reading.Docx;
using Vigie.Documents.Reading.Odt;
using Vigie.Documents.Reading.Pdf;
using Vigie.Documents.Reading.Text;
using Vigie.Documents.Splitting;

namespace Vigie.Documents;

/// <summary>Registers the document layer: readers (one per format), the input collector and the act splitter.</summary>
public static class DocumentsServiceCollectionExtensions
{
    /// <summary>
    /// Adds the readers of PDF, DOCX, ODT and TXT, <see cref="DocumentReader"/>, <see cref="InputCollector"/> and
    /// <see cref="IActSplitter"/>. Options come from the "Documents" section when an <see cref="IConfiguration"/> is
    /// registered. OCR is optional: <c>AddVigieOcr()</c> registers the OCR engine, the PDF page rasterizer and the
    /// image reader; without it, scanned pages are reported as unreadable.
    /// </summary>
    public static IServiceCollection AddVigieDocuments(this IServiceCollection services)
    {
        services.AddOptions<DocumentsOptions>()
            .Configure<IServiceProvider>(static (options, provider) =>
                provider.GetService<IConfiguration>()?.GetSection(DocumentsOptions.SectionName).Bind(options))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        // Readers are tried in registration order; each checks the content signature first, so the order only
        // matters for the text reader, which accepts any non-binary ".txt" and stays last among these four.
        services.AddSingleton<IDocumentReader, PdfDocumentReader>();
        services.AddSingleton<IDocumentReader, DocxDocumentReader>();
        services.AddSingleton<IDocumentReader, OdtDocumentReader>();
        services.AddSingleton<IDocumentReader, TextDocumentReader>();

        // The image reader (PNG, JPEG, TIFF) is registered by AddVigieOcr() in Vigie.Documents.Ocr.
        services.TryAddSingleton<DocumentReader>();
        services.TryAddSingleton<InputCollector>();
        services.TryAddSingleton<IActSplitter, ActSplitter>();
        return services;
    }
}
