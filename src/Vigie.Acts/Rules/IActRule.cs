using Vigie.Acts.Model;

namespace Vigie.Acts.Rules;

/// <summary>
/// One check of the law. Each rule is a small class carrying its code, severity and legal basis
/// (from <c>shared/domain/actes-rh.md</c>) so a reviewer can audit it. Registered in <c>AddVigieActs()</c>.
/// </summary>
public interface IActRule
{
    /// <summary>Anomaly code of the contract.</summary>
    string Code { get; }

    Severity Severity { get; }

    /// <summary>Article(s) and text(s) the rule rests on, e.g. "CJA art. R. 221-3 et R. 312-12".</summary>
    string LegalBasis { get; }

    /// <summary>The anomalies this rule finds in the act (none when it conforms or does not apply).</summary>
    IEnumerable<Anomaly> Evaluate(AnalyzedAct act);
}
