namespace Vigie.Acts.Corpus.Labels;

/// <summary>Verdict codes of the contract.</summary>
public static class VerdictCodes
{
    public const string Conforme = "conforme";
    public const string ACorriger = "a_corriger";
    public const string AVerifier = "a_verifier";
}
