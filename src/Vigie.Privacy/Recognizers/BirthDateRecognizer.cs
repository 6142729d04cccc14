using System.Text.RegularExpressions;
using Vigie.Privacy.Detection;

namespace Vigie.Privacy.Recognizers;

/// <summary>
/// Dates of birth and other personal events (death, marriage, PACS), in digits ("12/03/1985") or letters
/// ("1er mars 1985", "quinze mars mil neuf cent quatre-vingt-cinq"), found only after their French cues
/// ("né(e) le", "date de naissance", "décédé(e) le", "marié(e) le"…). Other dates (of acts, of effect) are kept.
/// </summary>
public sealed partial class BirthDateRecognizer : IPiiRecognizer
{
    /// <summary>Most characters between a cue and its date ("née DUPONT à Saint-Étienne (42) le …").</summary>
    private const int Window = 70;

    public string Name => "date-naissance";

    public void Recognize(PiiAnalysisContext context, List<PiiSpan> output)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(output);
        var text = context.Text;
        var lastEnd = 0;
        foreach (var cue in EventCue().EnumerateMatches(text))
        {
            var from = cue.Index + cue.Length;
            if (from < lastEnd)
            {
                continue;
            }

            var windowEnd = SentenceEnd(text, from, Math.Min(text.Length, from + Window));
            var yearOnly = YearOnly().Match(text, from, windowEnd - from);
            var date = DatePattern().Match(text, from, windowEnd - from);
            if (!date.Success && yearOnly.Success)
            {
                date = yearOnly;
            }

            if (!date.Success || Blocker().IsMatch(text.AsSpan(from, date.Index - from)))
            {
                continue;
            }

            var group = date.Groups["d"];
            output.Add(new PiiSpan(group.Index, group.Index + group.Length, PiiType.DateNaissance, 0.95, Key(group.ValueSpan)));
            lastEnd = group.Index + group.Length;

            // "nés les 3 mars 2010 et 5 juin 2012": the following dates of the same list.
            while (true)
            {
                var next = FollowingDate().Match(text, lastEnd, Math.Min(text.Length - lastEnd, 60));
                if (!next.Success)
                {
                    break;
                }

                var g = next.Groups["d"];
                output.Add(new PiiSpan(g.Index, g.Index + g.Length, PiiType.DateNaissance, 0.9, Key(g.ValueSpan)));
                lastEnd = g.Index + g.Length;
            }

        }
    }

    private static int SentenceEnd(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            var ch = text[i];
            if (ch == ';' || (ch == '.' && i + 1 < text.Length && char.IsWhiteSpace(text[i + 1]) && i > 0 && char.IsLower(text[i - 1])))
            {
                return i;
            }

            if (ch == '\n' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                return i;
            }
        }

        return to;
    }

    private static string Key(ReadOnlySpan<char> value) => value.ToString().ToLowerInvariant().Replace('-', '/').Replace('.', '/');

    private const string Months = "janv(?:ier|\\.)?|f[ée]vr(?:ier|\\.)?|mars|avr(?:il|\\.)?|mai|juin|juil(?:let|\\.)?|ao[ûu]t|sept(?:embre|\\.)?|oct(?:obre|\\.)?|nov(?:embre|\\.)?|d[ée]c(?:embre|\\.)?";

    private const string DayWords = "premier|vingt(?:[- ]et[- ]un|-(?:deux|trois|quatre|cinq|six|sept|huit|neuf))?|trente(?:[- ]et[- ]un)?|dix-(?:sept|huit|neuf)|onze|douze|treize|quatorze|quinze|seize|dix|un|deux|trois|quatre|cinq|six|sept|huit|neuf";

    private const string NumberWords = "neuf|huit|sept|six|cinq|quatre|trois|deux|une?|dix|onze|douze|treize|quatorze|quinze|seize|vingts?|trente|quarante|cinquante|soixante|cents?|et";

    [GeneratedRegex(@"\bn[ée]e?s?\s*(?:\(e\)|\(es?\))?(?=[\s,]|$)|\bnaissance\b|\bDDN\b|\bd[ée]c[ée]d[ée]e?s?\b|\bd[ée]c[èe]s\b|\bmari[ée]e?s?\b(?!\s+(?:et|avec|à|a)\b)|\bmariage\b|\bpacs[ée]e?s?\b|\bPACS\b|\bdivorc[ée]e?s?\b|\bsurvenu\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EventCue();

    [GeneratedRegex(@"(?<d>(?<![\d/])(?:0?[1-9]|[12]\d|3[01])\s?[/.\-]\s?(?:0?[1-9]|1[0-2])\s?[/.\-]\s?(?:19|20)?\d{2}(?!\d)|(?<!\w)(?:1er|1re|0?[1-9]|[12]\d|3[01]|" + DayWords + @")\s+(?:" + Months + @")\s+(?:(?:19|20)\d{2}(?!\d)|(?:mil(?:le)?|deux[- ]mille)(?:[\s\-]+(?:" + NumberWords + @"))*\b))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"\G\s+en\s+(?<d>(?:19|20)\d{2})(?!\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex YearOnly();

    [GeneratedRegex(@"\G\s*(?:,|et|ou)\s*(?:(?:le|les|du)\s+)?(?<d>(?:0?[1-9]|[12]\d|3[01])\s?[/.\-]\s?(?:0?[1-9]|1[0-2])\s?[/.\-]\s?(?:19|20)?\d{2}(?!\d)|(?:1er|0?[1-9]|[12]\d|3[01])\s+(?:" + Months + @")\s+(?:19|20)\d{2}(?!\d))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FollowingDate();

    // Words that show the date is not the event's: a leave's start, a deadline, an act's date.
    [GeneratedRegex(@"compter|partir|jusqu|pendant|dur[ée]e|cong[ée]|d[ée]lai|avant\s+le|apr[èe]s\s+le|depuis|arr[êe]t[ée]|d[ée]lib[ée]ration|d[ée]cret|\bloi\b|circulaire|versement|prime|allocation|\b(?:du|au)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Blocker();
}
