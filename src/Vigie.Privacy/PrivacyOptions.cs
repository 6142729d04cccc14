using System.ComponentModel.DataAnnotations;

namespace Vigie.Privacy;

/// <summary>Settings of the privacy layer (configuration section "Privacy").</summary>
public sealed class PrivacyOptions
{
    public const string SectionName = "Privacy";

    /// <summary>Mask public officials named with their office (the signatory of an act), default false.</summary>
    public bool MaskSignatories { get; set; }

    /// <summary>Days a conversation's mapping is kept after its last use (default 30); older ones are purged on open.</summary>
    [Range(1, 3650)]
    public int RetentionDays { get; set; } = 30;

    /// <summary>Entities scored under this are not masked (default 0.5).</summary>
    [Range(0.0, 1.0)]
    public double MinimumScore { get; set; } = 0.5;

    /// <summary>
    /// Folder of the encrypted mappings and of the key file; default <c>&lt;Vigie:DataDirectory&gt;/privacy</c>.
    /// </summary>
    public string? Directory { get; set; }
}
