using Vigie.Privacy.Detection;

namespace Vigie.Privacy.Pseudonymization;

/// <summary>
/// One placeholder of a <see cref="PseudonymMap"/>: its original (the fullest mention seen, used to restore), the
/// identity keys that map to it, and for a person the name parts that link later mentions.
/// </summary>
internal sealed class PseudonymEntry
{
    public required Placeholder Placeholder { get; init; }

    public required string Original { get; set; }

    /// <summary>How many name parts <see cref="Original"/> holds; a fuller mention replaces it.</summary>
    public int OriginalWeight { get; set; }

    public HashSet<string> Keys { get; } = new(StringComparer.Ordinal);

    public HashSet<string> FirstNames { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Surnames { get; } = new(StringComparer.Ordinal);

    public PersonGender Gender { get; set; }

    public PersonName ToPersonName() => new([.. FirstNames], [.. Surnames], Gender);

    public override string ToString() => Placeholder.ToString();
}
