namespace Vigie.Acts.Corpus.Evaluation;

/// <summary>One document of a report.json.</summary>
/// <param name="Source">As the report writes it.</param>
/// <param name="Status">"processed" or "error".</param>
/// <param name="ErrorCode">The error code when <paramref name="Status"/> is "error".</param>
/// <param name="Acts">Its acts.</param>
public sealed record ReportDocument(string Source, string Status, string? ErrorCode, IReadOnlyList<ReportAct> Acts)
{
    public bool IsError => string.Equals(Status, "error", StringComparison.OrdinalIgnoreCase);
}
