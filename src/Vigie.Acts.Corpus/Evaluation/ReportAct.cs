namespace Vigie.Acts.Corpus.Evaluation;

/// <summary>One act of a report.json document, as the evaluation reads it.</summary>
/// <param name="Pages">1-based pages.</param>
/// <param name="Type">Type code ("AVANCEMENT_ECHELON").</param>
/// <param name="Fields">Field values as text (numbers in invariant form), null when the report says null or omits it.</param>
/// <param name="Anomalies">Anomaly codes reported (distinct).</param>
/// <param name="Verdict">"conforme", "a_corriger", "a_verifier".</param>
public sealed record ReportAct(
    IReadOnlyList<int> Pages,
    string Type,
    IReadOnlyDictionary<string, string?> Fields,
    IReadOnlyList<string> Anomalies,
    string? Verdict);
