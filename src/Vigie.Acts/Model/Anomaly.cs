namespace Vigie.Acts.Model;

/// <summary>One anomaly found in an act (contract: <c>shared/spec/acts-check.md</c>).</summary>
/// <param name="Code">Anomaly code of the contract, e.g. <c>RECOURS_TRIBUNAL</c>.</param>
/// <param name="Severity">Severity.</param>
/// <param name="Message">French message a gestionnaire understands without knowing the code.</param>
/// <param name="LegalBasis">The text and article the rule rests on.</param>
/// <param name="Evidence">Page and words of the act; for an absence, the place where it was looked for.</param>
public sealed record Anomaly(string Code, Severity Severity, string Message, string LegalBasis, Evidence? Evidence);
