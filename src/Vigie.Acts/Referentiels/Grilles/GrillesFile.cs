namespace Vigie.Acts.Referentiels.Grilles;

/// <summary>Shape of <c>Grilles/grilles.json</c>.</summary>
internal sealed record GrillesFile(string Source, string Version, IReadOnlyList<Grille> Grilles);
