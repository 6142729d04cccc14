namespace Vigie.Acts.Referentiels.Tribunaux;

/// <summary>A département (INSEE code) and its name with its article, for messages ("la Manche", "Paris").</summary>
public sealed record Departement(string Code, string Nom, string Libelle, bool OutreMer);
