namespace Vigie.Acts.Referentiels.Communes;

/// <summary>A commune of the referential (official name, département code, postal codes, population).</summary>
public sealed record Commune(string Nom, string Departement, IReadOnlyList<string> CodesPostaux, int Population);
