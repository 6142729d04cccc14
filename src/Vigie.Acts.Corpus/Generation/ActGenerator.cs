using Vigie.Acts.Corpus.Labels;
using Vigie.Acts.Corpus.Referentiels;
using static Vigie.Acts.Corpus.Labels.AnomalyCatalog;

namespace Vigie.Acts.Corpus.Generation;

/// <summary>
/// Generates one act: a correct scenario of the type, the requested anomalies injected, the words written and laid
/// out in the house style, with its ground truth. Deterministic for a given <see cref="Random"/> state.
/// </summary>
public sealed class ActGenerator
{
    private static readonly string[][] ConflictGroups =
    [
        [SignatureAbsente, SignataireIncomplet, DelegationAbsente],
        [RecoursAbsent, RecoursTribunal, RecoursDelai],
        [DateSignatureAbsente, DateRetroactive, DateIncoherente],
        [GrilleEchelonInexistant, GrilleIndice, RemunerationMinimum, ContratMention, CoherenceAgent],
        [ContratDuree, DateIncoherente, ContratEssai, PositionDuree, StageDuree, ContratBaseLegale, DateRetroactive],
        [VisaPrealableAbsent, VisaObsolete, VisaCapObsolete, CoherenceAgent, MotivationAbsente],
    ];

    private readonly ScenarioFactory _scenarios;
    private readonly AnomalyInjector _injector;
    private readonly ActComposer _composer = new();
    private readonly ActLayout _layout = new();

    public ActGenerator(CorpusReferentiels referentiels)
    {
        ArgumentNullException.ThrowIfNull(referentiels);
        _scenarios = new ScenarioFactory(referentiels);
        _injector = new AnomalyInjector(referentiels);
    }

    /// <summary>The types generated: every act type of the contract.</summary>
    public static IReadOnlyList<ActKind> Types { get; } = ActKindCodes.All;

    /// <summary>An act of this type and style with exactly these anomalies (each must apply to the type).</summary>
    public LaidOutAct Generate(Random random, ActKind type, HouseStyle style, IReadOnlyList<string> anomalies, int sequence)
    {
        ArgumentNullException.ThrowIfNull(random);
        ArgumentNullException.ThrowIfNull(anomalies);
        var scenario = _scenarios.Create(random, type, style, sequence);
        foreach (var code in anomalies)
        {
            _injector.Inject(random, scenario, code);
        }

        return Write(random, scenario);
    }

    /// <summary>
    /// An act of <paramref name="type"/> (random when null); with probability <paramref name="anomalyRate"/> it
    /// carries one anomaly (one in ten of those a second, unrelated one) among the codes that apply to it, preferring
    /// the codes <paramref name="injected"/> has counted least so that every code gets its share.
    /// </summary>
    public LaidOutAct GenerateRandom(Random random, ActKind? type, HouseStyle style, double anomalyRate, int sequence, IDictionary<string, int>? injected = null)
    {
        ArgumentNullException.ThrowIfNull(random);
        var scenario = _scenarios.Create(random, type ?? random.Pick(Types), style, sequence);
        if (random.Chance(anomalyRate))
        {
            var first = PickCode(random, AnomalyInjector.ApplicableCodes(scenario), injected);
            _injector.Inject(random, scenario, first);
            if (random.Chance(0.1))
            {
                var compatible = AnomalyInjector.ApplicableCodes(scenario).Where(c => Compatible(first, c)).ToArray();
                if (compatible.Length > 0)
                {
                    _injector.Inject(random, scenario, PickCode(random, compatible, injected));
                }
            }
        }

        if (injected is not null)
        {
            foreach (var code in scenario.Anomalies)
            {
                injected[code] = injected.TryGetValue(code, out var n) ? n + 1 : 1;
            }
        }

        return Write(random, scenario);
    }

    /// <summary>True when two codes can be injected in the same act without one masking or causing the other.</summary>
    public static bool Compatible(string first, string second) =>
        first != second && !ConflictGroups.Any(g => g.Contains(first) && g.Contains(second));

    private static string PickCode(Random random, IReadOnlyList<string> codes, IDictionary<string, int>? injected)
    {
        if (injected is null)
        {
            return random.Pick(codes);
        }

        var least = codes.Min(c => injected.TryGetValue(c, out var n) ? n : 0);
        return random.Pick(codes.Where(c => (injected.TryGetValue(c, out var n) ? n : 0) == least).ToArray());
    }

    private LaidOutAct Write(Random random, ActScenario scenario)
    {
        var content = _composer.Compose(random, scenario);
        var (blocks, running) = _layout.Layout(random, scenario, content);
        var anomalies = scenario.Anomalies.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var label = new LabelAct
        {
            Type = scenario.Type.ToCode(),
            Style = scenario.Style.ToCode(),
            Fields = content.Fields,
            Anomalies = anomalies,
            Verdict = ExpectedVerdict(anomalies),
        };
        return new LaidOutAct(blocks, label, running);
    }
}
