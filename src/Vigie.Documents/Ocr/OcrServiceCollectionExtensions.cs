using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Vigie.Documents.Reading;

namespace Vigie.Documents.Ocr;

/// <summary>Registers OCR: the Tesseract engine, the PDF page rasterizer and the image reader.</summary>
public static class OcrServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="IOcrEngine"/> (<see cref="TesseractOcrEngine"/>, one per application: it pools the native
    /// engines), <see cref="IPdfPageRasterizer"/> (<see cref="PdfPageRasterizer"/>) and <see cref="ImageDocumentReader"/>
    /// as an <see cref="IDocumentReader"/>. Options come from <see cref="DocumentsOptions"/>.
    /// </summary>
    public static IServiceCollection AddVigieOcr(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<DocumentsOptions>();
        services.TryAddSingleton(provider => new TesseractOcrEngine(
            provider.GetRequiredService<IOptions<DocumentsOptions>>(),
            provider.GetService<ILogger<TesseractOcrEngine>>()));
        services.TryAddSingleton<IOcrEngine>(provider => provider.GetRequiredService<TesseractOcrEngine>());
        services.TryAddSingleton<IPdfPageRasterizer>(provider => new PdfPageRasterizer(
            provider.GetService<ILogger<PdfPageRasterizer>>()));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDocumentReader, ImageDocumentReader>(provider => new ImageDocumentReader(
            provider.GetRequiredService<IOcrEngine>(),
            provider.GetRequiredService<IOptions<DocumentsOptions>>(),
            provider.GetService<ILogger<ImageDocumentReader>>())));
        return services;
    }
}
