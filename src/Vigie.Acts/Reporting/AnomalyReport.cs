using Vigie.Acts.Model;

namespace Vigie.Acts.Reporting;

/// <summary>One anomaly as the contract writes it.</summary>
public sealed record AnomalyReport(string Code, Severity Severity, string Message, string LegalBasis, EvidenceReport? Evidence)
{
    public static AnomalyReport From(Anomaly anomaly)
    {
        ArgumentNullException.ThrowIfNull(anomaly);
        return new AnomalyReport(
            anomaly.Code,
            anomaly.Severity,
            anomaly.Message,
            anomaly.LegalBasis,
            anomaly.Evidence is null ? null : new EvidenceReport(anomaly.Evidence.Page, anomaly.Evidence.Text)
            {
                Start = anomaly.Evidence.Start,
                End = anomaly.Evidence.End,
            });
    }
}
