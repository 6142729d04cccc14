namespace Vigie.Acts.Referentiels.Legal;

/// <summary>Shape of <c>Legal/prealables.json</c>.</summary>
internal sealed record PrealablesFile(
    string Source,
    string Version,
    IReadOnlyList<ExigencePrealable> Exigences,
    ListeAptitudeGrades ListeAptitudePourNomination);
