using Vigie.Privacy.Lexicons;
using Vigie.Privacy.Text;

namespace Vigie.Privacy.Detection;

/// <summary>What every recogniser reads: the text, its words (tokenised once), the word lists and the settings.</summary>
public sealed class PiiAnalysisContext
{
    public PiiAnalysisContext(string text, PrivacyLexicons lexicons, PrivacyOptions options, IReadOnlyList<PersonName>? knownPersons = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(lexicons);
        ArgumentNullException.ThrowIfNull(options);
        Text = text;
        Lexicons = lexicons;
        Options = options;
        KnownPersons = knownPersons ?? [];
        Tokens = Tokenizer.Tokenize(text);
    }

    public string Text { get; }

    public Token[] Tokens { get; }

    public PrivacyLexicons Lexicons { get; }

    public PrivacyOptions Options { get; }

    /// <summary>Persons already known in the conversation, so that a bare "DUPONT" in a later message is linked.</summary>
    public IReadOnlyList<PersonName> KnownPersons { get; }

    public ReadOnlySpan<char> TokenText(int index) => Text.AsSpan(Tokens[index].Start, Tokens[index].Length);

    /// <summary>The characters between token <paramref name="index"/> − 1 (or the start) and token <paramref name="index"/>.</summary>
    public ReadOnlySpan<char> GapBefore(int index)
    {
        var from = index == 0 ? 0 : Tokens[index - 1].End;
        return Text.AsSpan(from, Tokens[index].Start - from);
    }

    /// <summary>Index of the first character of the line holding <paramref name="position"/>.</summary>
    public int LineStart(int position)
    {
        var i = Math.Min(position, Text.Length) - 1;
        while (i >= 0 && Text[i] != '\n')
        {
            i--;
        }

        return i + 1;
    }

    /// <summary>Index of the line break (or text end) after <paramref name="position"/>.</summary>
    public int LineEnd(int position)
    {
        var index = Text.IndexOf('\n', Math.Min(position, Text.Length));
        return index < 0 ? Text.Length : index;
    }

    /// <summary>Index of the first token starting at or after <paramref name="position"/>.</summary>
    public int TokenAtOrAfter(int position)
    {
        int lo = 0, hi = Tokens.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (Tokens[mid].Start < position)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
