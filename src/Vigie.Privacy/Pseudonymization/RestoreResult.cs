namespace Vigie.Privacy.Pseudonymization;

/// <summary>A restored text, how many placeholders were put back, and those the map did not know (left as they were).</summary>
public sealed record RestoreResult(string Text, int RestoredCount, IReadOnlyList<string> UnknownPlaceholders)
{
    public override string ToString() => $"texte restauré ({RestoredCount} remplacement(s), {UnknownPlaceholders.Count} inconnu(s))";
}
