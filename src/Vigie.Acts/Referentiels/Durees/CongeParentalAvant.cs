namespace Vigie.Acts.Referentiels.Durees;

/// <summary>The congé parental rule before décret 2020-529.</summary>
public sealed record CongeParentalAvant(int PeriodeMaxMois);
