namespace Vigie.Documents.Model;

/// <summary>A range of characters of one page's text: start inclusive, end exclusive (UTF-16 code units).</summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;

    public bool Contains(int offset) => offset >= Start && offset < End;
}
