namespace Vigie.Acts.Referentiels.Durees;

/// <summary>Quotités and period lengths of temps partiel (décr. 2004-777; CGFP L. 612-1 et s.).</summary>
public sealed record TempsPartielRegles(
    IReadOnlyList<int> DeDroitQuotites,
    int SurAutorisationQuotiteMin,
    int SurAutorisationQuotiteMax,
    IReadOnlyList<int> TempsNonCompletQuotites,
    int PeriodeMinMois,
    int PeriodeMaxMois,
    string Source);
