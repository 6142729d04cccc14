using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Vigie.Acts.Model;
using Vigie.Acts.Rules.Scanning;
using Vigie.Documents.Model;

namespace Vigie.Acts.Rules;

/// <summary>
/// Runs every registered <see cref="IActRule"/> on an act and decides the verdict of the contract: a_corriger when an
/// anomaly is bloquante or majeure; a_verifier when the act could not be fully analysed (type unknown or uncertain,
/// unreadable parts, a note about a missing field); conforme otherwise.
/// </summary>
public sealed partial class ActChecker : IActChecker
{
    private readonly IReadOnlyList<IActRule> _rules;
    private readonly ActCheckOptions _options;
    private readonly ILogger<ActChecker> _logger;

    public ActChecker(IEnumerable<IActRule> rules, IOptions<ActCheckOptions> options, ILogger<ActChecker> logger)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(options);
        _rules = rules.ToArray();
        _options = options.Value;
        _logger = logger;
    }

    public IReadOnlyList<IActRule> Rules => _rules;

    public ActCheckResult Check(AnalyzedAct act)
    {
        ArgumentNullException.ThrowIfNull(act);
        if (act.Type == ActType.NonActe)
        {
            act.AddNote("Document non reconnu comme un acte administratif : aucun contrôle n'a été fait.");
            return new ActCheckResult([], Verdict.AVerifier);
        }

        var anomalies = new List<Anomaly>();
        foreach (var rule in _rules)
        {
            try
            {
                anomalies.AddRange(rule.Evaluate(act));
            }
#pragma warning disable CA1031 // A failing rule must never stop the batch: it becomes a note and the act is to be verified.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                LogRuleFailed(rule.Code, ex.GetType().Name);
                act.AddNote($"Le contrôle {rule.Code} n'a pas pu être mené (erreur interne) : à vérifier à la main.");
            }
        }

        NoteWhatCouldNotBeRead(act);
        anomalies.Sort((a, b) => b.Severity != a.Severity
            ? b.Severity.CompareTo(a.Severity)
            : string.CompareOrdinal(a.Code, b.Code));
        return new ActCheckResult(anomalies, VerdictOf(anomalies, act));
    }

    /// <summary>The verdict of the contract (shared/spec/acts-check.md).</summary>
    public static Verdict VerdictOf(IReadOnlyCollection<Anomaly> anomalies, AnalyzedAct act)
    {
        ArgumentNullException.ThrowIfNull(anomalies);
        ArgumentNullException.ThrowIfNull(act);
        if (anomalies.Any(a => a.Severity is Severity.Bloquante or Severity.Majeure))
        {
            return Verdict.ACorriger;
        }

        return act.AnalysisNotes.Count > 0 ? Verdict.AVerifier : Verdict.Conforme;
    }

    private void NoteWhatCouldNotBeRead(AnalyzedAct act)
    {
        if (act.Type == ActType.Autre)
        {
            act.AddNote("Type d'acte hors des types contrôlés : seuls les contrôles communs (signature, visas, recours, dates) ont été faits.");
        }

        if (act.TypeConfidence < _options.MinTypeConfidence)
        {
            act.AddNote($"Type d'acte incertain ({act.Type.ToLabel()}, confiance {Percent(act.TypeConfidence * 100)}) : les contrôles propres au type peuvent ne pas convenir.");
        }

        if (act.Segment.MinOcrConfidence is { } ocr && ocr < _options.MinOcrConfidence)
        {
            act.AddNote($"Lecture incertaine : une page a été lue par OCR avec une confiance de {Percent(ocr)} ; des mots ont pu être mal lus.");
        }

        foreach (var page in act.Segment.Pages)
        {
            if (act.Segment.Document.Pages[page - 1].Origin == TextOrigin.None)
            {
                act.AddNote($"Page {page.ToString(CultureInfo.InvariantCulture)} sans texte lisible : son contenu n'a pas été contrôlé.");
            }
        }
    }

    private static string Percent(double value) => Math.Round(value).ToString(CultureInfo.InvariantCulture) + " %";

    [LoggerMessage(Level = LogLevel.Warning, Message = "La règle {Code} a échoué ({ExceptionType}) ; l'acte est marqué à vérifier.")]
    private partial void LogRuleFailed(string code, string exceptionType);
}
