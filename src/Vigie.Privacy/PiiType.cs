namespace Vigie.Privacy;

/// <summary>The entity types of the contract (docs: ../shared/spec/pii.md); <see cref="PiiTypeCodes"/> gives their codes.</summary>
public enum PiiType
{
    Personne,
    Adresse,
    Nir,
    Iban,
    Telephone,
    Email,
    DateNaissance,
    Matricule,
}
