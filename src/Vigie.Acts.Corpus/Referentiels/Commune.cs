namespace Vigie.Acts.Corpus.Referentiels;

/// <summary>A real commune (INSEE code, name, département code, population).</summary>
public sealed record Commune(string Code, string Nom, string Departement, int Population);
