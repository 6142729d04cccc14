namespace Vigie.Acts.Model;

/// <summary>Verdict of an act (JSON: "conforme", "a_corriger", "a_verifier").</summary>
public enum Verdict
{
    Conforme,
    ACorriger,
    AVerifier,
}
