namespace Vigie.Acts.Referentiels.Legal;

/// <summary>Grades whose nomination stagiaire needs a liste d'aptitude (concours) and grades open without concours.</summary>
public sealed record ListeAptitudeGrades(IReadOnlyList<string> GradesConcours, IReadOnlyList<string> GradesSansConcours, string Source);
