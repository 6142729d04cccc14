namespace Vigie.Acts.Referentiels.Durees;

/// <summary>The limite d'âge of sedentary jobs.</summary>
public sealed record LimiteAge(int Ans, string Source);
