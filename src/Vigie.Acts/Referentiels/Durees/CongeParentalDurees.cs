namespace Vigie.Acts.Referentiels.Durees;

/// <summary>Length of a congé parental period: 2 to 6 months since <see cref="ValidFrom"/>, 6 months before.</summary>
public sealed record CongeParentalDurees(int PeriodeMinMois, int PeriodeMaxMois, DateOnly ValidFrom, CongeParentalAvant Avant, string Source);
