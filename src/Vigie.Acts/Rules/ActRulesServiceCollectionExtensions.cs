using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Vigie.Acts.Referentiels.Durees;
using Vigie.Acts.Referentiels.Grilles;
using Vigie.Acts.Referentiels.Legal;
using Vigie.Acts.Referentiels.Tribunaux;

namespace Vigie.Acts.Rules;

/// <summary>Registers the referentials, every rule of the contract and the <see cref="IActChecker"/>.</summary>
public static class ActRulesServiceCollectionExtensions
{
    public static IServiceCollection AddVigieActRules(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<ActCheckOptions>();
        services.TryAddSingleton(_ => GrillesIndiciaires.LoadEmbedded());
        services.TryAddSingleton(_ => BaremeIbIm.LoadEmbedded());
        services.TryAddSingleton(_ => TribunauxAdministratifs.LoadEmbedded());
        services.TryAddSingleton(_ => ChangementsJuridiques.LoadEmbedded());
        services.TryAddSingleton(_ => PrealablesRequis.LoadEmbedded());
        services.TryAddSingleton(_ => DureesLegales.LoadEmbedded());
        foreach (var ruleType in ActRuleCatalog.RuleTypes)
        {
            services.TryAddEnumerable(ServiceDescriptor.Singleton(typeof(IActRule), ruleType));
        }

        services.TryAddSingleton<IActChecker, ActChecker>();
        return services;
    }
}
