namespace Vigie.Acts.Corpus.Referentiels;

/// <summary>A real EPCI: its full name ("Communauté de communes du Pays de Pontchâteau…"), its seat commune and département.</summary>
public sealed record Epci(string Nom, string Siege, string Departement);
