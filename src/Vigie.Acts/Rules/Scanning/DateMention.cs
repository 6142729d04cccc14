namespace Vigie.Acts.Rules.Scanning;

/// <summary>
/// A date written in the act: where, and its parts; <see cref="Date"/> is null for an impossible date (31 février).
/// <see cref="ShortYear"/>: written with a two-digit year ("12/02/26"), too ambiguous to call impossible.
/// </summary>
internal readonly record struct DateMention(int Index, int Length, int Day, int Month, int Year, bool ShortYear = false)
{
    public int End => Index + Length;

    public bool IsValid => Month is >= 1 and <= 12 && Day >= 1 && Day <= DateTime.DaysInMonth(Year, Month);

    public DateOnly? Date => IsValid ? new DateOnly(Year, Month, Day) : null;
}
