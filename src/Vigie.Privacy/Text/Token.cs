namespace Vigie.Privacy.Text;

/// <summary>One word of the text: letters, with inner hyphens ("Jean-Pierre"); apostrophes and digits split words.</summary>
public readonly record struct Token(int Start, int Length, TokenShape Shape)
{
    public int End => Start + Length;

    public bool IsProperShape => Shape is TokenShape.Capitalized or TokenShape.Upper;
}
