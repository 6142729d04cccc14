using Vigie.Acts.Extraction;
using Vigie.Acts.Model;

namespace Vigie.Acts.Classification;

/// <summary>
/// The type of an act, how sure the classifier is (0–1), why (French, for people), and where the decisive
/// clue was read (a range of the normalised text, empty for a non-act).
/// </summary>
public sealed record ClassificationResult(ActType Type, double Confidence, string Reason, TextRange Clue)
{
    /// <summary>Under this confidence the act is reported "à vérifier".</summary>
    public const double ConfidenceThreshold = 0.6;

    public bool IsUncertain => Confidence < ConfidenceThreshold;
}
