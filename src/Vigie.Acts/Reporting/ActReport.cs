using Vigie.Acts.Model;

namespace Vigie.Acts.Reporting;

/// <summary>One act of a document (contract: <c>documents[].acts[]</c>).</summary>
public sealed record ActReport(
    IReadOnlyList<int> Pages,
    string Type,
    ActFields Fields,
    IReadOnlyList<AnomalyReport> Anomalies,
    Verdict Verdict)
{
    /// <summary>Extension: classification confidence 0–1.</summary>
    public double TypeConfidence { get; init; }

    /// <summary>Extension: why the act could not be fully analysed (when <see cref="Verdict.AVerifier"/>).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>Extension: identifier of the act in the GED catalogue.</summary>
    public long? GedId { get; init; }

    /// <summary>Extension: "classe" when filed in the GED, "en_attente" when it waits for a human decision.</summary>
    public string? Classement { get; init; }
}
