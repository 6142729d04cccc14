namespace Vigie.Acts.Corpus.Evaluation;

/// <summary>The evaluation of a report against the labels of a corpus.</summary>
/// <param name="Documents">Labelled documents.</param>
/// <param name="DocumentsMissing">Labelled documents the report does not have.</param>
/// <param name="UnexpectedActs">Acts the report found where the label has none (extra segments).</param>
/// <param name="Overall">Scores over every labelled act.</param>
/// <param name="ByStyle">Scores per house style.</param>
/// <param name="ByFormat">Scores per format.</param>
/// <param name="NonActs">Non-act documents reported without any act of a real type.</param>
/// <param name="Errors">Documents expected in error that the report gives in error.</param>
/// <param name="Confusion">Type confusion (expected, predicted, count).</param>
/// <param name="Mismatches">The first differences found, for people fixing the checker.</param>
public sealed record CorpusEvaluation(
    int Documents,
    int DocumentsMissing,
    int UnexpectedActs,
    SliceScores Overall,
    IReadOnlyDictionary<string, SliceScores> ByStyle,
    IReadOnlyDictionary<string, SliceScores> ByFormat,
    Ratio NonActs,
    Ratio Errors,
    IReadOnlyList<TypeConfusion> Confusion,
    IReadOnlyList<EvaluationMismatch> Mismatches);
