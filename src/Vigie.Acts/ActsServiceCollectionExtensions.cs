using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Vigie.Acts.Classification;
using Vigie.Acts.Pipeline;
using Vigie.Acts.Rules;
using Vigie.Documents;
using Vigie.Documents.Ocr;
using Vigie.Storage;

namespace Vigie.Acts;

/// <summary>Registers the acts control and everything it stands on: documents, OCR, GED, analysis, rules, pipeline.</summary>
public static class ActsServiceCollectionExtensions
{
    public static IServiceCollection AddVigieActs(this IServiceCollection services)
    {
        services.AddVigieDocuments();
        services.AddVigieOcr();
        services.AddVigieStorage();
        services.AddVigieActAnalysis();
        services.AddVigieActRules();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<DocumentChecker>();
        services.AddSingleton<ActsCheckPipeline>();
        return services;
    }
}
