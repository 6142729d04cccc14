using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Vigie.Privacy.Lexicons;
using Vigie.Privacy.Recognizers;

namespace Vigie.Privacy.Detection;

/// <summary>
/// Runs every <see cref="IPiiRecognizer"/> on a text and merges their spans (<see cref="SpanMerger"/>).
/// Thread-safe; logs counts by type only, never entity text.
/// </summary>
public sealed partial class PiiDetector
{
    private readonly IPiiRecognizer[] _recognizers;
    private readonly PrivacyLexicons _lexicons;
    private readonly PrivacyOptions _options;
    private readonly ILogger<PiiDetector> _logger;

    public PiiDetector(IEnumerable<IPiiRecognizer> recognizers, PrivacyLexicons lexicons, IOptions<PrivacyOptions> options, ILogger<PiiDetector>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(recognizers);
        ArgumentNullException.ThrowIfNull(options);
        _recognizers = recognizers.ToArray();
        _lexicons = lexicons ?? throw new ArgumentNullException(nameof(lexicons));
        _options = options.Value;
        _logger = logger ?? NullLogger<PiiDetector>.Instance;
    }

    /// <summary>A detector with every built-in recogniser and the embedded lists, outside dependency injection.</summary>
    public static PiiDetector CreateDefault(PrivacyOptions? options = null, PrivacyLexicons? lexicons = null) =>
        new(DefaultRecognizers(), lexicons ?? PrivacyLexicons.LoadEmbedded(), Microsoft.Extensions.Options.Options.Create(options ?? new PrivacyOptions()));

    /// <summary>The built-in recognisers, one per type or family.</summary>
    public static IReadOnlyList<IPiiRecognizer> DefaultRecognizers() =>
    [
        new NirRecognizer(), new IbanRecognizer(), new EmailRecognizer(), new PhoneRecognizer(), new PersonalSiretRecognizer(),
        new MatriculeRecognizer(), new BirthDateRecognizer(), new AddressRecognizer(), new PersonNameRecognizer(),
    ];

    public PrivacyOptions Options => _options;

    /// <summary>Finds the personal data of <paramref name="text"/>; <paramref name="knownPersons"/> links names seen earlier in a conversation.</summary>
    public PiiDetection Detect(string text, IReadOnlyList<PersonName>? knownPersons = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
        {
            return new PiiDetection(text, []);
        }

        var context = new PiiAnalysisContext(text, _lexicons, _options, knownPersons);
        var candidates = new List<PiiSpan>();
        foreach (var recognizer in _recognizers)
        {
            recognizer.Recognize(context, candidates);
        }

        var merged = SpanMerger.Merge(candidates, _options.MinimumScore);
        if (_logger.IsEnabled(LogLevel.Debug))
        {
            LogDetected(_logger, text.Length, merged.Count);
        }

        return new PiiDetection(text, merged);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Données personnelles : {Count} entité(s) trouvée(s) dans {Length} caractères.")]
    private static partial void LogDetected(ILogger logger, int length, int count);
}
