namespace Vigie.Acts.Referentiels.Durees;

/// <summary>Maximum length of a disponibilité period for one motif (null when the limit is not a length).</summary>
public sealed record DisponibiliteDuree(
    string Motif,
    string Libelle,
    int? DureeMaxMois,
    int? AgeLimiteEnfantAns,
    DateOnly? ValidFrom,
    string Source);
