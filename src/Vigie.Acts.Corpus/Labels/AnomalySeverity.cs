namespace Vigie.Acts.Corpus.Labels;

/// <summary>Severity of an anomaly code (contract: "bloquante", "majeure", "mineure").</summary>
public enum AnomalySeverity
{
    Mineure,
    Majeure,
    Bloquante,
}
