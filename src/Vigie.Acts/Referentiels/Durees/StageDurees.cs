namespace Vigie.Acts.Referentiels.Durees;

/// <summary>Normal stage length (also the maximum prorogation, R. 327-11) and the length after promotion interne.</summary>
public sealed record StageDurees(int DureeNormaleMois, int DureePromotionInterneMois, string ProrogationMax, string Source);
