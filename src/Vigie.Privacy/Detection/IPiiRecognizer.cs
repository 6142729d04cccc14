namespace Vigie.Privacy.Detection;

/// <summary>
/// Finds one type (or family) of personal data. Recognisers are registered by
/// <see cref="PrivacyServiceCollectionExtensions.AddVigiePrivacy"/> and run by <see cref="PiiDetector"/>, which merges
/// overlapping spans by type priority then score.
/// </summary>
public interface IPiiRecognizer
{
    /// <summary>Short name for diagnostics (never logged with entity text).</summary>
    string Name { get; }

    /// <summary>Adds the spans found in <paramref name="context"/> to <paramref name="output"/>.</summary>
    void Recognize(PiiAnalysisContext context, List<PiiSpan> output);
}
