namespace Vigie.Privacy.Text;

/// <summary>Splits a text into <see cref="Token"/>s in one pass, without allocating per word.</summary>
public static class Tokenizer
{
    public static Token[] Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<Token>(text.Length / 6 + 4);
        var i = 0;
        var n = text.Length;
        while (i < n)
        {
            if (!IsLetter(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            var upper = 0;
            var lower = 0;
            var firstUpper = char.IsUpper(text[i]);
            var laterUpperAfterLower = false;
            var previousWasHyphen = true;
            while (i < n)
            {
                var ch = text[i];
                if (IsLetter(ch))
                {
                    if (char.IsUpper(ch))
                    {
                        upper++;
                        if (!previousWasHyphen && lower > 0)
                        {
                            laterUpperAfterLower = true;
                        }
                    }
                    else
                    {
                        lower++;
                    }

                    previousWasHyphen = false;
                    i++;
                }
                else if (ch is '\'' or '’' && i == start + 1 && text[start] is 'N' or 'O' or 'D' && i + 1 < n && char.IsUpper(text[i + 1]))
                {
                    // "N'Diaye", "O'Connor", "D'ANGELO": one name, not an elision.
                    previousWasHyphen = true;
                    i++;
                }
                else if (ch == '-' && i + 1 < n && IsLetter(text[i + 1]) && i > start)
                {
                    previousWasHyphen = true;
                    i++;
                }
                else
                {
                    break;
                }
            }

            var length = i - start;
            TokenShape shape;
            if (lower == 0)
            {
                shape = upper >= 2 ? TokenShape.Upper : TokenShape.Initial;
            }
            else if (!firstUpper)
            {
                shape = upper == 0 ? TokenShape.Lower : TokenShape.Mixed;
            }
            else
            {
                // "McDonald", "DuPont", "Jean-Pierre" stay capitalised; "MAIRIEde" is mixed.
                shape = laterUpperAfterLower && upper > 3 ? TokenShape.Mixed : TokenShape.Capitalized;
            }

            tokens.Add(new Token(start, length, shape));
        }

        return tokens.ToArray();
    }

    public static bool IsLetter(char ch) =>
        ch < 128 ? (uint)((ch | 0x20) - 'a') <= 'z' - 'a' : char.IsLetter(ch);
}
