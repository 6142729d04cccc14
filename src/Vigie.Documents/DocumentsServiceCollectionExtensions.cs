using Microsoft.Extensions.DependencyInjection;
using Vigie.Documents.Reading;

namespace Vigie.Documents;

/// <summary>Registers the document layer: readers (one per format), the input collector and the act splitter.</summary>
public static class DocumentsServiceCollectionExtensions
{
    public static IServiceCollection AddVigieDocuments(this IServiceCollection services)
    {
        services.AddOptions<DocumentsOptions>();
        services.AddSingleton<DocumentReader>();
        return services;
    }
}
