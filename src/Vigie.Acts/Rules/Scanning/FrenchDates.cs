using System.Globalization;
using System.Text.RegularExpressions;

namespace Vigie.Acts.Rules.Scanning;

/// <summary>Finds French dates in a text ("1er mars 2026", "12 février 2026", "12/02/2026") and writes them for people.</summary>
internal static partial class FrenchDates
{
    private static readonly string[] MonthNames =
    [
        "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre",
    ];

    /// <summary>Every date written in [from, to) of the text, impossible ones included.</summary>
    public static IEnumerable<DateMention> FindAll(string text, int from = 0, int to = -1)
    {
        if (to < 0 || to > text.Length)
        {
            to = text.Length;
        }

        var match = DateRegex().Match(text, from, to - from);
        while (match.Success)
        {
            yield return ToMention(match);
            match = match.NextMatch();
        }
    }

    /// <summary>The date that starts at <paramref name="index"/> (after spaces and an optional "le"), or null.</summary>
    public static DateMention? At(string text, int index)
    {
        var match = DateAtRegex().Match(text, Math.Clamp(index, 0, text.Length));
        return match.Success ? ToMention(match) : null;
    }

    /// <summary>"1er mars 2026", "12 février 2026".</summary>
    public static string Format(DateOnly date) =>
        (date.Day == 1 ? "1er" : date.Day.ToString(CultureInfo.InvariantCulture))
        + " " + MonthNames[date.Month - 1] + " " + date.Year.ToString(CultureInfo.InvariantCulture);

    private static DateMention ToMention(Match match)
    {
        var dayText = match.Groups["d"].Value;
        var day = char.IsDigit(dayText[^1])
            ? int.Parse(dayText, CultureInfo.InvariantCulture)
            : dayText.StartsWith('1') ? 1 : FrenchNumbers.ParseWords(dayText) ?? 0;
        var month = match.Groups["m"].Success
            ? MonthOf(match.Groups["m"].Value)
            : int.Parse(match.Groups["mn"].Value, CultureInfo.InvariantCulture);
        var yearText = match.Groups["y"].Value;
        var year = char.IsDigit(yearText[0]) ? int.Parse(yearText, CultureInfo.InvariantCulture) : FrenchNumbers.ParseWords(yearText) ?? 0;
        if (yearText.Length == 2)
        {
            year += 2000;
        }

        var group = match.Groups["date"];
        return new DateMention(group.Index, group.Length, day, month, year, yearText.Length == 2);
    }

    private static int MonthOf(string name)
    {
        var folded = Referentiels.TextFolding.Fold(name);
        return folded switch
        {
            "janvier" => 1,
            "fevrier" => 2,
            "mars" => 3,
            "avril" => 4,
            "mai" => 5,
            "juin" => 6,
            "juillet" => 7,
            "aout" => 8,
            "septembre" => 9,
            "octobre" => 10,
            "novembre" => 11,
            _ => 12,
        };
    }

    private const string Months = @"(?<m>janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre)";

    /// <summary>Days written in letters: "premier", "douze", "vingt-huit", "trente et un".</summary>
    private const string DayWords =
        @"premier|vingt(?:[- ]et[- ]un|-(?:deux|trois|quatre|cinq|six|sept|huit|neuf))?|trente(?:[- ]et[- ]un)?|dix-(?:sept|huit|neuf)|onze|douze|treize|quatorze|quinze|seize|dix|deux|trois|quatre|cinq|six|sept|huit|neuf|un";

    /// <summary>Years written in letters: "deux mille vingt-six", "mille neuf cent quatre-vingt-quinze".</summary>
    private const string YearWords =
        @"(?:deux\s+mille|mille\s+neuf\s+cents?)(?:[\s-](?:et[\s-])?(?:quatre-vingts?|soixante|cinquante|quarante|trente|vingt|dix-sept|dix-huit|dix-neuf|onze|douze|treize|quatorze|quinze|seize|dix|un|deux|trois|quatre|cinq|six|sept|huit|neuf)\b)*";

    private const string DatePattern =
        @"(?<date>(?<d>1\s?(?:er|ᵉʳ)|[0-3]?\d)\s*" + Months + @"\s+(?<y>(?:19|20)\d{2})"
        + @"|(?<d>[0-3]?\d)\s?[/.\-]\s?(?<mn>[01]?\d)\s?[/.\-]\s?(?<y>(?:19|20)\d{2}|\d{2}(?!\d))"
        + @"|\b(?<d>" + DayWords + @")\s+" + Months + @"\s+(?<y>" + YearWords + "))";

    [GeneratedRegex(@"(?<![\d/.\-])" + DatePattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateRegex();

    [GeneratedRegex(@"\G[\s,:]*(?:(?:le|du|au)\s+)?" + DatePattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateAtRegex();
}
