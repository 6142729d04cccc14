namespace Vigie.Acts.Extraction;

/// <summary>
/// A date written in an act, in digits or in letters. <see cref="Value"/> is null when the date does not
/// exist in the calendar (31 février): <see cref="IsImpossible"/> is then true, so a rule can report it.
/// </summary>
public readonly record struct DateMention(int Start, int End, DateOnly? Value)
{
    public bool IsImpossible => Value is null;

    public TextRange Range => new(Start, End);
}
