using System.Globalization;

namespace Vigie.Acts.Rules.Scanning;

/// <summary>Reads the small numbers acts write in words or digits ("deux", "18", "trente-six").</summary>
internal static class FrenchNumbers
{
    /// <summary>Regex alternation of the number words understood (longest first).</summary>
    public const string WordPattern =
        @"\d{1,3}|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix-huit|dix|onze|douze|quinze|vingt-quatre|vingt|trente-six|trente|quarante-huit|quarante-cinq|soixante";

    /// <summary>
    /// A number written in words up to 2099 ("vingt et un", "deux mille vingt-six", "mille neuf cent
    /// quatre-vingt-quinze"), or null when a word is not a number.
    /// </summary>
    public static int? ParseWords(string words)
    {
        var total = 0;
        var current = 0;
        var previous = string.Empty;
        foreach (var token in Referentiels.TextFolding.Fold(words).Split([' ', '-', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries))
        {
            switch (token)
            {
                case "et":
                    continue;
                case "mille" or "mil":
                    total += (current == 0 ? 1 : current) * 1000;
                    current = 0;
                    break;
                case "cent" or "cents":
                    current = (current == 0 ? 1 : current) * 100;
                    break;
                case "vingt" or "vingts" when previous == "quatre":
                    current += 80 - 4;
                    break;
                default:
                    if (Parse(token) is not { } value || value > 60)
                    {
                        return null;
                    }

                    current += token == "premier" ? 1 : value;
                    break;
            }

            previous = token;
        }

        return total + current;
    }

    public static int? Parse(string word)
    {
        if (int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        return Referentiels.TextFolding.Fold(word) switch
        {
            "un" or "une" or "premier" => 1,
            "deux" => 2,
            "trois" => 3,
            "quatre" => 4,
            "cinq" => 5,
            "six" => 6,
            "sept" => 7,
            "huit" => 8,
            "neuf" => 9,
            "dix" => 10,
            "onze" => 11,
            "douze" => 12,
            "treize" => 13,
            "quatorze" => 14,
            "quinze" => 15,
            "seize" => 16,
            "dix-sept" => 17,
            "dix-huit" => 18,
            "dix-neuf" => 19,
            "vingt" => 20,
            "vingt-quatre" => 24,
            "trente" => 30,
            "trente-six" => 36,
            "quarante-cinq" => 45,
            "quarante" => 40,
            "quarante-huit" => 48,
            "cinquante" => 50,
            "soixante" => 60,
            _ => null,
        };
    }
}
