using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Vigie.Acts.Model;
using Vigie.Acts.Referentiels.Durees;
using Vigie.Acts.Referentiels.Grilles;
using Vigie.Acts.Referentiels.Legal;
using Vigie.Acts.Referentiels.Tribunaux;
using Vigie.Acts.Rules;

namespace Vigie.Acts.Tests.Rules.Support;

/// <summary>Every rule of the catalogue built on the embedded referentials, the checker over them, and one rule run alone.</summary>
internal static class RuleRunner
{
    public static IReadOnlyList<IActRule> AllRules { get; } = ActRuleCatalog.RuleTypes
        .Select(t => (IActRule)ActivatorUtilities.CreateInstance(new ReferentielProvider(), t))
        .ToList();

    public static ActChecker Checker { get; } = NewChecker(AllRules);

    public static IActRule Rule(string code) => AllRules.Single(r => r.Code == code);

    public static IReadOnlyList<Anomaly> Run(string code, AnalyzedAct act) => Rule(code).Evaluate(act).ToList();

    public static ActChecker NewChecker(IEnumerable<IActRule> rules, ActCheckOptions? options = null) =>
        new(rules, Options.Create(options ?? new ActCheckOptions()), NullLogger<ActChecker>.Instance);

    /// <summary>Hands the referentials to the rules' constructors, as the container does.</summary>
    private sealed class ReferentielProvider : IServiceProvider
    {
        public object? GetService(Type serviceType) => serviceType switch
        {
            _ when serviceType == typeof(GrillesIndiciaires) => TestReferentiels.Grilles,
            _ when serviceType == typeof(BaremeIbIm) => TestReferentiels.Bareme,
            _ when serviceType == typeof(TribunauxAdministratifs) => TestReferentiels.Tribunaux,
            _ when serviceType == typeof(ChangementsJuridiques) => TestReferentiels.Changements,
            _ when serviceType == typeof(PrealablesRequis) => TestReferentiels.Prealables,
            _ when serviceType == typeof(DureesLegales) => TestReferentiels.Durees,
            _ => null,
        };
    }
}
