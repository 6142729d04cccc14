namespace Vigie.Acts.Referentiels.Communes;

/// <summary>An EPCI à fiscalité propre: name as in the referential ("CC Faucigny - Glières"), nature, département.</summary>
public sealed record Epci(string Nom, string Nature, string Departement);
