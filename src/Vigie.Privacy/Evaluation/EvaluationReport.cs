namespace Vigie.Privacy.Evaluation;

/// <summary>
/// The figures of the contract: per type and overall entity-level precision, recall and F2, and the document leak
/// rate (share of documents with at least one missed gold entity).
/// </summary>
public sealed record EvaluationReport(
    string Group,
    int Documents,
    int LeakingDocuments,
    IReadOnlyList<TypeScore> PerType,
    TypeScore Overall,
    IReadOnlyList<EvaluationError> Errors)
{
    public double LeakRate => Documents == 0 ? 0 : (double)LeakingDocuments / Documents;
}
