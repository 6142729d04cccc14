namespace Vigie.Acts.Referentiels.Durees;

/// <summary>Maximum lengths of a détachement de courte and de longue durée.</summary>
public sealed record DetachementDurees(int CourteDureeMaxMois, int LongueDureeMaxMois, string Source);
