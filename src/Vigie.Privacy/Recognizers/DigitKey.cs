namespace Vigie.Privacy.Recognizers;

/// <summary>The identity key of a number: its letters and digits only, upper case ("06 12 34" → "061234").</summary>
internal static class DigitKey
{
    public static string Of(ReadOnlySpan<char> text)
    {
        Span<char> buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        var length = 0;
        foreach (var ch in text)
        {
            if (char.IsAsciiLetterOrDigit(ch))
            {
                buffer[length++] = char.ToUpperInvariant(ch);
            }
        }

        return new string(buffer[..length]);
    }
}
