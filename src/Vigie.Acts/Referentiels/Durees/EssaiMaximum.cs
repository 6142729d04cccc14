namespace Vigie.Acts.Referentiels.Durees;

/// <summary>Maximum période d'essai for contracts shorter than <see cref="DeMoinsDeMois"/> months (null: any longer contract or CDI).</summary>
public sealed record EssaiMaximum(int? DeMoinsDeMois, int MaxJours, string Libelle);
