namespace Vigie.Acts.Referentiels.Durees;

/// <summary>
/// Duration limits of a contract on one legal basis ("L332-23" with alinéa "1°"…). Null maximum: no fixed length
/// (e.g. the absence of the replaced agent).
/// </summary>
public sealed record ContratDuree(
    string Article,
    string? Alinea,
    bool AlineaRequis,
    int? DureeMinMois,
    int? DureeMaxMois,
    int? DureeTotaleMaxMois,
    int? PeriodeReferenceMois,
    string Source);
