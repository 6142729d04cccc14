using System.Diagnostics.CodeAnalysis;

namespace Vigie.Privacy;

/// <summary>The upper-case codes of <see cref="PiiType"/> used in JSON and in placeholders ("PERSONNE", "DATE_NAISSANCE").</summary>
public static class PiiTypeCodes
{
    public const string Personne = "PERSONNE";
    public const string Adresse = "ADRESSE";
    public const string Nir = "NIR";
    public const string Iban = "IBAN";
    public const string Telephone = "TELEPHONE";
    public const string Email = "EMAIL";
    public const string DateNaissance = "DATE_NAISSANCE";
    public const string Matricule = "MATRICULE";

    /// <summary>Every type, in the order of the contract's table.</summary>
    public static IReadOnlyList<PiiType> All { get; } =
        [PiiType.Personne, PiiType.Adresse, PiiType.Nir, PiiType.Iban, PiiType.Telephone, PiiType.Email, PiiType.DateNaissance, PiiType.Matricule];

    public static string ToCode(this PiiType type) => type switch
    {
        PiiType.Personne => Personne,
        PiiType.Adresse => Adresse,
        PiiType.Nir => Nir,
        PiiType.Iban => Iban,
        PiiType.Telephone => Telephone,
        PiiType.Email => Email,
        PiiType.DateNaissance => DateNaissance,
        PiiType.Matricule => Matricule,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    /// <summary>Parses a code, ignoring case and accepting space or hyphen for the underscore ("date naissance").</summary>
    public static bool TryParse(ReadOnlySpan<char> code, [NotNullWhen(true)] out PiiType? type)
    {
        Span<char> buffer = stackalloc char[24];
        var length = 0;
        foreach (var ch in code)
        {
            if (length == buffer.Length)
            {
                type = null;
                return false;
            }

            buffer[length++] = ch is ' ' or '-' or '\\' ? '_' : char.ToUpperInvariant(ch);
        }

        type = buffer[..length] switch
        {
            Personne => PiiType.Personne,
            Adresse => PiiType.Adresse,
            Nir => PiiType.Nir,
            Iban => PiiType.Iban,
            Telephone or "TÉLÉPHONE" => PiiType.Telephone,
            Email => PiiType.Email,
            DateNaissance or "DATE__NAISSANCE" => PiiType.DateNaissance,
            Matricule => PiiType.Matricule,
            _ => null,
        };
        return type is not null;
    }
}
