namespace Vigie.Acts.Extraction;

/// <summary>Reads numbers written in French words ("vingt-six", "deux mille vingt-six", "premier").</summary>
public static class FrenchNumberWords
{
    public static bool TryParse(ReadOnlySpan<char> words, out int value)
    {
        value = 0;
        var total = 0;
        var current = 0;
        var any = false;
        var previous = string.Empty;
        foreach (var range in words.SplitAny(" -\t"))
        {
            var word = words[range].ToString();
            if (word.Length == 0 || word == "et")
            {
                continue;
            }

            switch (word)
            {
                case "cent" or "cents":
                    current = (current == 0 ? 1 : current) * 100;
                    break;
                case "mille" or "mil":
                    total += (current == 0 ? 1 : current) * 1000;
                    current = 0;
                    break;
                case "vingt" or "vingts" when previous == "quatre":
                    current += 80 - 4;
                    break;
                default:
                    var unit = Unit(word);
                    if (unit < 0)
                    {
                        return false;
                    }

                    current += unit;
                    break;
            }

            previous = word;
            any = true;
        }

        value = total + current;
        return any;
    }

    /// <summary>Value of one number word or ordinal ("cinquieme" → 5); -1 when not a number word.</summary>
    public static int Unit(string word) => word switch
    {
        "zero" => 0,
        "un" or "une" or "premier" or "premiere" or "1er" or "1re" or "1ere" => 1,
        "deux" or "deuxieme" or "second" or "seconde" => 2,
        "trois" or "troisieme" => 3,
        "quatre" or "quatrieme" => 4,
        "cinq" or "cinquieme" => 5,
        "six" or "sixieme" => 6,
        "sept" or "septieme" => 7,
        "huit" or "huitieme" => 8,
        "neuf" or "neuvieme" => 9,
        "dix" or "dixieme" => 10,
        "onze" or "onzieme" => 11,
        "douze" or "douzieme" => 12,
        "treize" or "treizieme" => 13,
        "quatorze" or "quatorzieme" => 14,
        "quinze" or "quinzieme" => 15,
        "seize" or "seizieme" => 16,
        "vingt" or "vingts" or "vingtieme" => 20,
        "trente" or "trentieme" => 30,
        "quarante" => 40,
        "cinquante" => 50,
        "soixante" => 60,
        _ => -1,
    };
}
