namespace Vigie.Acts.Corpus.Evaluation;

/// <summary>The scores of a set of acts (the whole corpus, one style, one format).</summary>
/// <param name="Acts">Labelled acts counted.</param>
/// <param name="TypeAccuracy">Acts whose type the report got right.</param>
/// <param name="FieldAccuracy">All field comparisons together.</param>
/// <param name="VerdictAccuracy">Acts whose verdict the report got right.</param>
/// <param name="Fields">Per field.</param>
/// <param name="Codes">Per anomaly code (codes of the contract first, then any other code reported).</param>
public sealed record SliceScores(
    int Acts,
    Ratio TypeAccuracy,
    Ratio FieldAccuracy,
    Ratio VerdictAccuracy,
    IReadOnlyList<FieldScore> Fields,
    IReadOnlyList<CodeScore> Codes)
{
    /// <summary>The code with the lowest precision (ties: the first), or null when no code was reported.</summary>
    public CodeScore? WorstPrecision => Codes.Where(c => c.Precision is not null).MinBy(c => c.Precision);

    /// <summary>The code with the lowest recall, or null when no code was expected.</summary>
    public CodeScore? WorstRecall => Codes.Where(c => c.Recall is not null).MinBy(c => c.Recall);

    /// <summary>All codes together (micro-average).</summary>
    public CodeScore Micro => new("*", Codes.Sum(c => c.TruePositives), Codes.Sum(c => c.FalsePositives), Codes.Sum(c => c.FalseNegatives));
}
