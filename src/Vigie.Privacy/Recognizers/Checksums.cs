namespace Vigie.Privacy.Recognizers;

/// <summary>Check keys of French and international identifiers (pure functions on digit strings).</summary>
public static class Checksums
{
    /// <summary>
    /// Key of a NIR's first 13 characters: 97 − (n mod 97), with Corsica's "2A"/"2B" read as 19/18 and the number
    /// lowered by 1,000,000/2,000,000 (INSEE rule).
    /// </summary>
    public static int NirKey(ReadOnlySpan<char> thirteen)
    {
        if (thirteen.Length != 13)
        {
            return -1;
        }

        long n = 0;
        long corsica = 0;
        for (var i = 0; i < 13; i++)
        {
            var ch = char.ToUpperInvariant(thirteen[i]);
            if (i == 5 && ch == '2' && char.ToUpperInvariant(thirteen[6]) is 'A' or 'B')
            {
                var isA = char.ToUpperInvariant(thirteen[6]) == 'A';
                corsica = isA ? 1_000_000 : 2_000_000;
                n = (n * 100) + (isA ? 19 : 18);
                i++;
                continue;
            }

            if (!char.IsAsciiDigit(ch))
            {
                return -1;
            }

            n = (n * 10) + (ch - '0');
        }

        return 97 - (int)((n - corsica) % 97);
    }

    /// <summary>True for a valid IBAN (ISO 13616: rearranged, letters as numbers, mod 97 = 1), spaces removed.</summary>
    public static bool IsValidIban(ReadOnlySpan<char> iban)
    {
        if (iban.Length is < 15 or > 34 || !char.IsAsciiLetterUpper(iban[0]) || !char.IsAsciiLetterUpper(iban[1])
            || !char.IsAsciiDigit(iban[2]) || !char.IsAsciiDigit(iban[3]))
        {
            return false;
        }

        if (iban[..2] is "FR" && iban.Length != 27)
        {
            return false;
        }

        var remainder = 0;
        for (var k = 0; k < iban.Length; k++)
        {
            var ch = iban[(k + 4) % iban.Length];
            if (char.IsAsciiDigit(ch))
            {
                remainder = (remainder * 10 + (ch - '0')) % 97;
            }
            else if (char.IsAsciiLetterUpper(ch))
            {
                var value = ch - 'A' + 10;
                remainder = (remainder * 100 + value) % 97;
            }
            else
            {
                return false;
            }
        }

        return remainder == 1;
    }

    /// <summary>
    /// True when a French RIB's key matches: 97 − ((89 × banque + 15 × guichet + 3 × compte) mod 97), letters of the
    /// account read as digits (A, J → 1; B, K, S → 2 …).
    /// </summary>
    public static bool IsValidRib(ReadOnlySpan<char> bank, ReadOnlySpan<char> branch, ReadOnlySpan<char> account, ReadOnlySpan<char> key)
    {
        if (bank.Length != 5 || branch.Length != 5 || account.Length != 11 || key.Length != 2)
        {
            return false;
        }

        var b = Mod97(bank);
        var g = Mod97(branch);
        var c = Mod97(account);
        if (b < 0 || g < 0 || c < 0 || !int.TryParse(key, System.Globalization.CultureInfo.InvariantCulture, out var k))
        {
            return false;
        }

        return 97 - ((89 * b + 15 * g + 3 * c) % 97) == k;
    }

    /// <summary>Luhn check (SIREN, SIRET).</summary>
    public static bool IsValidLuhn(ReadOnlySpan<char> digits)
    {
        var sum = 0;
        var doubleIt = false;
        for (var i = digits.Length - 1; i >= 0; i--)
        {
            if (!char.IsAsciiDigit(digits[i]))
            {
                return false;
            }

            var d = digits[i] - '0';
            if (doubleIt)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9;
                }
            }

            sum += d;
            doubleIt = !doubleIt;
        }

        return digits.Length > 0 && sum % 10 == 0;
    }

    private static int Mod97(ReadOnlySpan<char> text)
    {
        var r = 0;
        foreach (var raw in text)
        {
            var ch = char.ToUpperInvariant(raw);
            int d;
            if (char.IsAsciiDigit(ch))
            {
                d = ch - '0';
            }
            else if (ch is >= 'A' and <= 'I')
            {
                d = ch - 'A' + 1;
            }
            else if (ch is >= 'J' and <= 'R')
            {
                d = ch - 'J' + 1;
            }
            else if (ch is >= 'S' and <= 'Z')
            {
                d = ch - 'S' + 2;
            }
            else
            {
                return -1;
            }

            r = (r * 10 + d) % 97;
        }

        return r;
    }
}
