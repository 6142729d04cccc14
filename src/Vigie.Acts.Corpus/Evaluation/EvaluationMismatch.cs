namespace Vigie.Acts.Corpus.Evaluation;

/// <summary>One difference between label and report, to find what to fix (listed in evaluation.json).</summary>
/// <param name="Source">Document.</param>
/// <param name="Pages">Pages of the labelled act ("1-2").</param>
/// <param name="Kind">"type", "champ", "anomalie_manquante", "anomalie_en_trop", "verdict", "document".</param>
/// <param name="Detail">French detail: what was expected and what the report says.</param>
public sealed record EvaluationMismatch(string Source, string Pages, string Kind, string Detail);
