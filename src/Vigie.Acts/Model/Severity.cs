namespace Vigie.Acts.Model;

/// <summary>Severity of an anomaly (JSON: "bloquante", "majeure", "mineure").</summary>
public enum Severity
{
    Mineure,
    Majeure,
    Bloquante,
}
