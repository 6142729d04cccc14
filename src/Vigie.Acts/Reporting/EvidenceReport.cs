namespace Vigie.Acts.Reporting;

/// <summary>Page and words of the act an anomaly rests on; offsets (extension) locate them in the page text.</summary>
public sealed record EvidenceReport(int? Page, string Text)
{
    public int? Start { get; init; }

    public int? End { get; init; }
}
