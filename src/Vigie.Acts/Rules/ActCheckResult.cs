using Vigie.Acts.Model;

namespace Vigie.Acts.Rules;

/// <summary>The anomalies found in an act and the resulting verdict (contract rules in the acts-check spec).</summary>
public sealed record ActCheckResult(IReadOnlyList<Anomaly> Anomalies, Verdict Verdict);
