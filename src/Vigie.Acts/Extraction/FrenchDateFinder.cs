using System.Globalization;
using System.Text.RegularExpressions;

namespace Vigie.Acts.Extraction;

/// <summary>
/// Finds every date of a normalised act text: 01/03/2026, 1.3.2026, 01-03-26, 2026-03-01,
/// "1er mars 2026", "1 er mars 2026", "premier mars deux mille vingt-six".
/// </summary>
public static partial class FrenchDateFinder
{
    public static IReadOnlyList<DateMention> FindAll(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<DateMention>();
        foreach (Match m in DigitDate().Matches(text))
        {
            var year = int.Parse(m.Groups["y"].ValueSpan, CultureInfo.InvariantCulture);
            if (year < 100)
            {
                year += year < 70 ? 2000 : 1900;
            }

            Add(found, m, int.Parse(m.Groups["d"].ValueSpan, CultureInfo.InvariantCulture),
                int.Parse(m.Groups["m"].ValueSpan, CultureInfo.InvariantCulture), year);
        }

        foreach (Match m in IsoDate().Matches(text))
        {
            Add(found, m, int.Parse(m.Groups["d"].ValueSpan, CultureInfo.InvariantCulture),
                int.Parse(m.Groups["m"].ValueSpan, CultureInfo.InvariantCulture),
                int.Parse(m.Groups["y"].ValueSpan, CultureInfo.InvariantCulture));
        }

        foreach (Match m in LetterDate().Matches(text))
        {
            var day = ParseDay(m.Groups["d"].Value);
            var year = ParseYear(m.Groups["y"].Value);
            if (day > 0 && year > 0)
            {
                Add(found, m, day, Month(m.Groups["m"].ValueSpan), year);
            }
        }

        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    private static void Add(List<DateMention> found, Match m, int day, int month, int year)
    {
        if (day is < 1 or > 31 || month is < 1 or > 12 || year is < 1900 or > 2199)
        {
            return;
        }

        DateOnly? value = day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
        found.Add(new DateMention(m.Index, m.Index + m.Length, value));
    }

    private static int ParseDay(string day)
    {
        var compact = day.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("\t", string.Empty, StringComparison.Ordinal);
        if (compact is "1er" or "ler" or "1e")
        {
            return 1;
        }

        if (int.TryParse(compact, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            return n;
        }

        return FrenchNumberWords.TryParse(day, out var w) ? w : -1;
    }

    private static int ParseYear(string year)
    {
        if (int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            return n;
        }

        return FrenchNumberWords.TryParse(year, out var w) ? w : -1;
    }

    private static int Month(ReadOnlySpan<char> month) => month[..Math.Min(3, month.Length)] switch
    {
        "jan" => 1,
        "fev" => 2,
        "mar" => 3,
        "avr" => 4,
        "mai" => 5,
        "jui" => month.StartsWith("juil") ? 7 : 6,
        "aou" => 8,
        "sep" => 9,
        "oct" => 10,
        "nov" => 11,
        "dec" => 12,
        _ => 0,
    };

    [GeneratedRegex(@"(?<![\d/.\-])(?<d>[0-3]?\d)[\t ]?(?<s>[/.\-])[\t ]?(?<m>[01]?\d)[\t ]?\k<s>[\t ]?(?<y>(?:19|20)\d{2}|\d{2})(?![\d])", RegexOptions.CultureInvariant)]
    private static partial Regex DigitDate();

    [GeneratedRegex(@"(?<![\d/.\-])(?<y>(?:19|20)\d{2})-(?<m>[01]?\d)-(?<d>[0-3]?\d)(?![\d])", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();

    [GeneratedRegex(
        @"(?<![a-z0-9])(?<d>1[\t ]?er|ler|1e|[0-3]?\d|premier|trente[ -]et[ -]un|trente|vingt[ -]et[ -]un|vingt-(?:deux|trois|quatre|cinq|six|sept|huit|neuf)|vingt|dix-(?:sept|huit|neuf)|onze|douze|treize|quatorze|quinze|seize|dix|deux|trois|quatre|cinq|six|sept|huit|neuf|un)[\t ]+(?<m>janvier|janv\.?|fevrier|fevr?\.?|mars|avril|avr\.?|mai|juin|juillet|juil\.?|aout|septembre|sept\.?|octobre|oct\.?|novembre|nov\.?|decembre|dec\.?)[\t ,]+(?:de l'an[\t ]+)?(?<y>(?:19|20)\d{2}(?!\d)|(?:deux mille|deux mil|mille neuf cent|mil neuf cent)(?:[ -](?:et[ -])?(?:un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingts?|trente|quarante|cinquante|soixante)(?![a-z]))*)",
        RegexOptions.CultureInvariant)]
    private static partial Regex LetterDate();
}
