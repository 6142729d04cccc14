using Vigie.Acts.Model;

namespace Vigie.Acts.Rules;

/// <summary>Base of the rules: code, severity and legal basis, and the anomaly they build.</summary>
internal abstract class ActRule : IActRule
{
    public abstract string Code { get; }

    public abstract Severity Severity { get; }

    public abstract string LegalBasis { get; }

    public abstract IEnumerable<Anomaly> Evaluate(AnalyzedAct act);

    protected Anomaly Anomaly(string message, Evidence? evidence, string? legalBasis = null) =>
        new(Code, Severity, message, legalBasis ?? LegalBasis, evidence);
}
