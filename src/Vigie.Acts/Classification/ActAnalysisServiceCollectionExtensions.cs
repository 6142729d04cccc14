using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Vigie.Acts.Extraction;
using Vigie.Acts.Referentiels.Communes;
using Vigie.Acts.Referentiels.Concordance;
using Vigie.Acts.Referentiels.Grades;
using Vigie.Acts.Referentiels.Prenoms;
using Vigie.Acts.Referentiels.Tribunaux;

namespace Vigie.Acts.Classification;

/// <summary>Registers the analysis of acts: referentials (loaded once), classifier, field extractor, analyzer.</summary>
public static class ActAnalysisServiceCollectionExtensions
{
    public static IServiceCollection AddVigieActAnalysis(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(_ => CommuneDirectory.LoadEmbedded());
        services.TryAddSingleton(_ => GradeCatalog.LoadEmbedded());
        services.TryAddSingleton(_ => PrenomDirectory.LoadEmbedded());
        services.TryAddSingleton(_ => TribunauxAdministratifs.LoadEmbedded());
        services.TryAddSingleton(_ => BaseLegaleConcordance.LoadEmbedded());
        services.TryAddSingleton<ActClassifier>();
        services.TryAddSingleton<FieldExtractor>();
        services.TryAddSingleton<IActAnalyzer, ActAnalyzer>();
        return services;
    }
}
