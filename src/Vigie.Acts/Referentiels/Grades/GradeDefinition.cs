namespace Vigie.Acts.Referentiels.Grades;

/// <summary>
/// A grade of the catalogue. <see cref="Label"/> is the canonical lower-case label the rules and the JSON use
/// (e.g. "adjoint administratif principal de 2e classe").
/// </summary>
public sealed record GradeDefinition(string Label, string Categorie, string CadreEmplois, string Filiere, IReadOnlyList<string> Aliases);
