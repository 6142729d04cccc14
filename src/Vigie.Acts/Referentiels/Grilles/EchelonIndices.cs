namespace Vigie.Acts.Referentiels.Grilles;

/// <summary>One échelon of a grid: indice brut, indice majoré and the single duration to the next échelon (null for the last).</summary>
public sealed record EchelonIndices(int Echelon, int Ib, int Im, int? DureeMois);
