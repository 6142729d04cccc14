namespace Vigie.Privacy.Detection;

/// <summary>
/// The parts of a person's name as found, in folded form (upper case, no accents): first names and surnames
/// (birth and married names). Mentions with compatible parts are the same person.
/// </summary>
public sealed record PersonName(IReadOnlyList<string> FirstNames, IReadOnlyList<string> Surnames, PersonGender Gender)
{
    /// <summary>True when both names could be the same person: a shared surname (or, without surnames, a shared first name) and no conflicting first name or gender.</summary>
    public bool IsCompatibleWith(PersonName other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (Gender != PersonGender.Unknown && other.Gender != PersonGender.Unknown && Gender != other.Gender)
        {
            return false;
        }

        var sharesSurname = Shares(Surnames, other.Surnames);
        if (Surnames.Count > 0 && other.Surnames.Count > 0 && !sharesSurname)
        {
            return false;
        }

        if (FirstNames.Count > 0 && other.FirstNames.Count > 0 && !Shares(FirstNames, other.FirstNames))
        {
            return false;
        }

        return sharesSurname || Shares(FirstNames, other.FirstNames);
    }

    public override string ToString() => $"personne ({FirstNames.Count} prénom(s), {Surnames.Count} nom(s))";

    private static bool Shares(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        foreach (var x in a)
        {
            foreach (var y in b)
            {
                if (string.Equals(x, y, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
