namespace Vigie.Acts.Referentiels.Tribunaux;

/// <summary>Shape of <c>Tribunaux/tribunaux.json</c>.</summary>
internal sealed record TribunauxFile(
    string Source,
    string Version,
    IReadOnlyList<TribunalAdministratif> Tribunaux,
    IReadOnlyList<Departement> Departements);
