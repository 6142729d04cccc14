namespace Vigie.Acts.Extraction;

/// <summary>A range of the normalised text of an act: start inclusive, end exclusive.</summary>
public readonly record struct TextRange(int Start, int End)
{
    public static TextRange Empty { get; } = new(0, 0);

    public int Length => End - Start;

    public bool IsEmpty => End <= Start;

    public bool Contains(int offset) => offset >= Start && offset < End;
}
