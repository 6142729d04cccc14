namespace Vigie.Privacy.Recognizers;

/// <summary>What the word lists say about one word (computed only for capitalised words).</summary>
internal readonly record struct WordFacts(
    bool IsFirstName,
    bool IsNamesake,
    bool IsSurname,
    bool IsOrdinary,
    bool IsHardStop,
    bool IsParticle,
    bool IsUpper,
    bool IsInitial)
{
    /// <summary>A first name that is not in the namesake list ("Claire" yes, "Pierre" or "Rose" no).</summary>
    public bool IsStrongFirstName => IsFirstName && !IsNamesake;

    /// <summary>Looks like a surname: in capitals, or a known surname that is neither a first name nor an ordinary word.</summary>
    public bool IsStrongSurname => (IsUpper && !IsOrdinary) || (IsSurname && !IsOrdinary && !IsFirstName);

    /// <summary>Could be a surname: a capitalised word that is not an ordinary word.</summary>
    public bool IsPossibleSurname => !IsOrdinary || IsUpper;
}
