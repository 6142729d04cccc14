using Vigie.Acts.Referentiels.Grilles;

namespace Vigie.Acts.Rules.Carriere;

/// <summary>What a grid check compares: the grade, échelon and indices stated and the grid in force at the act's date.</summary>
internal sealed record GridContext(string Grade, int Echelon, int? Ib, int? Im, DateOnly Date, Grille Grille);
