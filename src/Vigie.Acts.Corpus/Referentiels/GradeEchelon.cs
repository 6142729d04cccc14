namespace Vigie.Acts.Corpus.Referentiels;

/// <summary>One échelon of a grid: indice brut, indice majoré and the time to spend in it (null for the last one).</summary>
public sealed record GradeEchelon(int Number, int IndiceBrut, int IndiceMajore, int? DureeMois);
