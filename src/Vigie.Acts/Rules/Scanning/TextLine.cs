namespace Vigie.Acts.Rules.Scanning;

/// <summary>One line of a text: [Start, End) without its '\n'.</summary>
internal readonly record struct TextLine(int Start, int End)
{
    public int Length => End - Start;

    public ReadOnlySpan<char> Of(string text) => text.AsSpan(Start, Length);

    public bool IsBlank(string text) => Of(text).IsWhiteSpace();
}
