namespace Vigie.Acts.Referentiels.Legal;

/// <summary>Shape of <c>Legal/changements.json</c>.</summary>
internal sealed record ChangementsFile(
    string Source,
    string Version,
    IReadOnlyList<ChangementJuridique> Changements,
    IReadOnlyList<FormuleObsolete> FormulesObsoletes);
