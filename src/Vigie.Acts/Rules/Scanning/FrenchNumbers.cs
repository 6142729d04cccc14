using System.Globalization;

namespace Vigie.Acts.Rules.Scanning;

/// <summary>Reads the small numbers acts write in words or digits ("deux", "18", "trente-six").</summary>
internal static class FrenchNumbers
{
    /// <summary>Regex alternation of the number words understood (longest first).</summary>
    public const string WordPattern =
        @"\d{1,3}|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix-huit|dix|onze|douze|quinze|vingt-quatre|vingt|trente-six|trente|quarante-huit|quarante-cinq|soixante";

    public static int? Parse(string word)
    {
        if (int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        return Referentiels.TextFolding.Fold(word) switch
        {
            "un" or "une" => 1,
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
            "quinze" => 15,
            "dix-huit" => 18,
            "vingt" => 20,
            "vingt-quatre" => 24,
            "trente" => 30,
            "trente-six" => 36,
            "quarante-cinq" => 45,
            "quarante-huit" => 48,
            "soixante" => 60,
            _ => null,
        };
    }
}
