namespace Vigie.Acts.Extraction;

/// <summary>
/// A person's name read in an act: prénom as written (usual case), surname upper-case, and where it was read
/// in the original text. <see cref="CaseInformed"/> is false when the name was all in capitals (or all in
/// lower case) and the split between prénom and surname was inferred from the prénoms referential.
/// </summary>
public sealed record PersonName(string? Prenom, string Nom, int Start, int End, bool CaseInformed)
{
    /// <summary>"Claire DUPONT", or "DUPONT" without prénom.</summary>
    public string FullName => Prenom is null ? Nom : $"{Prenom} {Nom}";
}
