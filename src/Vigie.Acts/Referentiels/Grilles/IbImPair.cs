namespace Vigie.Acts.Referentiels.Grilles;

/// <summary>One line of the barème: an indice brut and the indice majoré it gives.</summary>
public sealed record IbImPair(int Ib, int Im);
