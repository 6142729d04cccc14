namespace Vigie.Acts.Referentiels.Legal;

/// <summary>
/// The prerequisites an act type must cite in its visas (ids: "deliberation", "declaration_vacance", "liste_aptitude",
/// "tableau_avancement"); for contracts, only on the listed legal bases.
/// </summary>
public sealed record ExigencePrealable(string Type, IReadOnlyList<string>? Bases, IReadOnlyList<string> Prealables, string Source);
