using System.Text.RegularExpressions;
using Vigie.Acts.Model;

namespace Vigie.Acts.Rules.Scanning;

/// <summary>Reads the period an act states (contract, position, prorogation): fields first, then the articles.</summary>
internal static partial class StatedPeriods
{
    public static StatedPeriod Of(AnalyzedAct act)
    {
        var fields = act.Fields;
        var start = fields.DateDebut ?? fields.DateEffet;
        if (start is not null && fields.DateFin is { } end)
        {
            return new StatedPeriod(start, end, null, ActEvidence.ForField(act, "date_fin") ?? ActEvidence.ForField(act, "date_debut"));
        }

        if (fields.DureeMois is { } months)
        {
            return new StatedPeriod(start, null, months, ActEvidence.ForField(act, "duree_mois"));
        }

        return FromText(act, start);
    }

    private static StatedPeriod FromText(AnalyzedAct act, DateOnly? knownStart)
    {
        var text = act.Segment.Text;
        var layout = ActLayout.Of(text);
        var from = layout.DispositifStart;
        var length = layout.DispositifEnd(text) - from;

        var range = RangeRegex().Match(text, from, length);
        if (range.Success && FrenchDates.At(text, range.Groups["a"].Index) is { Date: { } a } && FrenchDates.At(text, range.Groups["b"].Index) is { Date: { } b })
        {
            return new StatedPeriod(a, b, null, ActEvidence.FromMatch(act, range));
        }

        for (var duration = DurationRegex().Match(text, from, length); duration.Success; duration = duration.NextMatch())
        {
            var before = text[Math.Max(0, duration.Index - 60)..duration.Index];
            if (EssaiRegex().IsMatch(before) || FrenchNumbers.Parse(duration.Groups["n"].Value) is not { } n)
            {
                continue;
            }

            var months = IsYears(duration.Groups["u"].Value) ? n * 12 : n;
            return new StatedPeriod(knownStart, null, months, ActEvidence.FromMatch(act, duration));
        }

        var until = UntilRegex().Match(text, from, length);
        if (knownStart is not null && until.Success && FrenchDates.At(text, until.Index + until.Length) is { Date: { } untilDate })
        {
            return new StatedPeriod(knownStart, untilDate, null, ActEvidence.FromMatch(act, until));
        }

        return new StatedPeriod(knownStart, null, null, null);
    }

    private static bool IsYears(string unit) => unit.StartsWith('a') || unit.StartsWith('A');

    [GeneratedRegex(@"\bdu\s+(?<a>(?:1\s?er|\d{1,2})[^\n]{0,20}?\d{2,4})\s+(?:au|jusqu['’]au)\s+(?<b>(?:1\s?er|\d{1,2})[^\n]{0,20}?\d{2,4})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RangeRegex();

    [GeneratedRegex(@"(?:pour\s+une|d['’]une|(?:sa|la)\s+)?(?:dur[ée]e|p[ée]riode)\s+(?:(?:totale|maximale|initiale)\s+)?(?:de\s+|d['’])\s*(?<n>" + FrenchNumbers.WordPattern + @")\s*(?<u>mois|ans?|ann[ée]es?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DurationRegex();

    [GeneratedRegex(@"essai", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EssaiRegex();

    [GeneratedRegex(@"jusqu['’]\s*au\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UntilRegex();
}
