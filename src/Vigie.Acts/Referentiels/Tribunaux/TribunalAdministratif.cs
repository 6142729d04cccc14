namespace Vigie.Acts.Referentiels.Tribunaux;

/// <summary>A tribunal administratif, the forms of its name found in acts (folded) and the départements of its ressort.</summary>
/// <param name="Nom">Official name, e.g. "tribunal administratif de Caen" (CJA R. 221-1).</param>
public sealed record TribunalAdministratif(
    string Code,
    string Nom,
    string Siege,
    IReadOnlyList<string> Variantes,
    IReadOnlyList<string> Departements);
