using System.Globalization;

namespace Vigie.Acts.Corpus.Generation;

/// <summary>French date and number wording as acts write them.</summary>
public static class FrenchDates
{
    private static readonly string[] Months =
    [
        "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre",
    ];

    private static readonly string[] Units =
    [
        "zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix",
        "onze", "douze", "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf",
    ];

    private static readonly string[] Tens = ["", "", "vingt", "trente", "quarante", "cinquante", "soixante"];

    public static string Write(DateOnly date, DateWriting writing) => writing switch
    {
        DateWriting.Digits => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
        DateWriting.MonthInLetters => $"{(date.Day == 1 ? "1er" : date.Day.ToString(CultureInfo.InvariantCulture))} {Months[date.Month - 1]} {date.Year.ToString(CultureInfo.InvariantCulture)}",
        DateWriting.AllInLetters => $"{(date.Day == 1 ? "premier" : Number(date.Day))} {Months[date.Month - 1]} {Number(date.Year)}",
        _ => throw new ArgumentOutOfRangeException(nameof(writing), writing, null),
    };

    /// <summary>A month name (1–12).</summary>
    public static string Month(int month) => Months[month - 1];

    /// <summary>French words for 0–2099 ("deux mille vingt-cinq", "vingt et un", "soixante-dix").</summary>
    public static string Number(int n)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(n, 2099);
        if (n >= 1000)
        {
            var rest = n % 1000;
            var thousands = n / 1000 == 1 ? "mille" : Units[n / 1000] + " mille";
            return rest == 0 ? thousands : thousands + " " + Number(rest);
        }

        if (n >= 100)
        {
            var rest = n % 100;
            var hundreds = n / 100 == 1 ? "cent" : Units[n / 100] + " cent";
            return rest == 0 ? (n / 100 == 1 ? hundreds : hundreds + "s") : hundreds + " " + Number(rest);
        }

        if (n < 20)
        {
            return Units[n];
        }

        if (n < 70)
        {
            var unit = n % 10;
            return unit switch
            {
                0 => Tens[n / 10],
                1 => Tens[n / 10] + " et un",
                _ => Tens[n / 10] + "-" + Units[unit],
            };
        }

        if (n < 80)
        {
            return n == 71 ? "soixante et onze" : "soixante-" + Units[n - 60];
        }

        return n == 80 ? "quatre-vingts" : "quatre-vingt-" + Units[n - 80];
    }

    /// <summary>"2 mois", "un an", "3 ans", "18 mois": a duration in months as acts write it.</summary>
    public static string Duration(int months, bool inLetters)
    {
        string Count(int value) => inLetters ? Number(value) : value.ToString(CultureInfo.InvariantCulture);
        if (months % 12 == 0)
        {
            var years = months / 12;
            return years == 1 ? (inLetters ? "un an" : "1 an") : $"{Count(years)} ans";
        }

        return months == 1 && inLetters ? "un mois" : $"{Count(months)} mois";
    }

    /// <summary>"1er", "2e", "11e": an ordinal for échelons and articles.</summary>
    public static string Ordinal(int n) => n == 1 ? "1er" : n.ToString(CultureInfo.InvariantCulture) + "e";
}
