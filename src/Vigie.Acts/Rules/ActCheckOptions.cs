using System.ComponentModel.DataAnnotations;

namespace Vigie.Acts.Rules;

/// <summary>Thresholds under which an act is "à vérifier" (section <c>Vigie:Acts:Check</c>).</summary>
public sealed class ActCheckOptions
{
    public const string SectionName = "Vigie:Acts:Check";

    /// <summary>Classification confidence (0–1) under which the type is considered unknown.</summary>
    [Range(0.0, 1.0)]
    public double MinTypeConfidence { get; set; } = 0.5;

    /// <summary>OCR confidence (0–100) under which a page is considered unreadable.</summary>
    [Range(0.0, 100.0)]
    public double MinOcrConfidence { get; set; } = 60;
}
