namespace Vigie.Acts.Referentiels.Grades;

/// <summary>A grade found in a normalised text, between <see cref="Start"/> and <see cref="End"/> (exclusive).</summary>
public readonly record struct GradeMatch(GradeDefinition Grade, int Start, int End);
