using System.Globalization;
using System.Text.RegularExpressions;
using Vigie.Acts.Model;

namespace Vigie.Acts.Extraction;

/// <summary>
/// Reads the stated duration (in months: "pour une durée de six mois", "d'un an"), the quotité of a temps partiel
/// ("à 80 %") and the weekly hours of a temps non complet ("17 h 30 hebdomadaires", "28/35e"), the quotité of a
/// TNC being its share of 35 hours. "À temps complet" is 35 hours, 100 %.
/// </summary>
internal sealed partial class DureesExtractor
{
    private const double FullTimeHours = 35.0;

    public void Extract(ExtractionContext context)
    {
        ReadDuree(context);
        ReadHebdomadaire(context);
        ReadQuotite(context);
    }

    /// <summary>A number in digits or French words ("six", "un", "douze"); null otherwise.</summary>
    internal static int? Number(string written)
    {
        if (int.TryParse(written, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            return n;
        }

        return FrenchNumberWords.TryParse(written == "une" ? "un" : written, out var w) ? w : null;
    }

    private static void ReadDuree(ExtractionContext context)
    {
        var act = context.Act;
        var text = act.Text;
        if (act.KeyValues.TryGet(KeyValueKeys.Duree, out var kv)
            && DurationValue().Match(text, kv.Start, kv.Length) is { Success: true } kvMatch
            && Months(kvMatch) is { } kvMonths)
        {
            context.Fields.DureeMois = kvMonths;
            context.Cite(FieldNames.DureeMois, kv);
            return;
        }

        Match? best = null;
        var bestRank = int.MaxValue;
        foreach (Match m in Duree().Matches(text))
        {
            var zone = act.Layout.ZoneOf(m.Index);
            var rank = zone switch
            {
                ActZone.Article => 0,
                ActZone.Title => 1,
                ActZone.Other => 1,
                _ => int.MaxValue,
            };
            var beforeStart = Math.Max(0, m.Index - 40);
            if (EssaiBefore().IsMatch(text.AsSpan(beforeStart, m.Index - beforeStart)) || Months(m) is null)
            {
                continue;
            }

            if (rank < bestRank)
            {
                best = m;
                bestRank = rank;
            }
        }

        if (best is not null)
        {
            context.Fields.DureeMois = Months(best);
            context.Cite(FieldNames.DureeMois, new TextRange(best.Index, best.Index + best.Length));
        }
    }

    private static int? Months(Match m)
    {
        var n = Number(m.Groups["n"].Value.Trim());
        if (n is null)
        {
            return null;
        }

        var unit = m.Groups["u"].Value;
        return unit.StartsWith("mois", StringComparison.Ordinal) ? n
            : unit.StartsWith("an", StringComparison.Ordinal) ? n * 12
            : null;
    }

    private static void ReadHebdomadaire(ExtractionContext context)
    {
        var act = context.Act;
        var text = act.Text;
        if (act.KeyValues.TryGet(KeyValueKeys.TempsTravail, out var kv))
        {
            if (TempsComplet().Match(text, kv.Start, kv.Length) is { Success: true })
            {
                SetHours(context, FullTimeHours, kv);
                return;
            }

            if (Hours().Match(text, kv.Start, kv.Length) is { Success: true } h && HoursOf(h) is { } hours)
            {
                SetHours(context, hours, kv);
                return;
            }
        }

        foreach (Match m in Hours().Matches(text))
        {
            if (act.Layout.ZoneOf(m.Index) is ActZone.Visa or ActZone.Signature)
            {
                continue;
            }

            if (HoursOf(m) is { } hours and > 0 and <= FullTimeHours)
            {
                SetHours(context, hours, new TextRange(m.Index, m.Index + m.Length));
                return;
            }
        }

        foreach (Match m in TempsComplet().Matches(text))
        {
            if (act.Layout.ZoneOf(m.Index) is ActZone.Article or ActZone.Other or ActZone.Title)
            {
                SetHours(context, FullTimeHours, new TextRange(m.Index, m.Index + m.Length));
                return;
            }
        }
    }

    private static double? HoursOf(Match m)
    {
        if (!int.TryParse(m.Groups["h"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var hours))
        {
            return null;
        }

        double value = hours;
        if (m.Groups["dec"].Success)
        {
            value += double.Parse("0." + m.Groups["dec"].Value, CultureInfo.InvariantCulture);
        }
        else if (m.Groups["min"].Success)
        {
            value += int.Parse(m.Groups["min"].ValueSpan, CultureInfo.InvariantCulture) / 60.0;
        }

        return Math.Round(value, 2);
    }

    private static void SetHours(ExtractionContext context, double hours, TextRange range)
    {
        context.Fields.DureeHebdomadaire = hours;
        context.Cite(FieldNames.DureeHebdomadaire, range);
        if (context.Fields.Quotite is null && context.Type != ActType.TempsPartiel)
        {
            context.Fields.Quotite = (int)Math.Round(hours / FullTimeHours * 100, MidpointRounding.AwayFromZero);
            context.Cite(FieldNames.Quotite, range);
        }
    }

    private static void ReadQuotite(ExtractionContext context)
    {
        var act = context.Act;
        var text = act.Text;
        if (act.KeyValues.TryGet(KeyValueKeys.Quotite, out var kv) && Percent().Match(text, kv.Start, kv.Length) is { Success: true } p
            && Number(p.Groups["n"].Value) is { } kvValue)
        {
            context.Fields.Quotite = kvValue;
            context.Cite(FieldNames.Quotite, kv);
            return;
        }

        foreach (Match m in Percent().Matches(text))
        {
            var zone = act.Layout.ZoneOf(m.Index);
            if (zone is ActZone.Visa or ActZone.Signature)
            {
                continue;
            }

            var windowStart = Math.Max(0, m.Index - 80);
            var windowEnd = Math.Min(text.Length, m.Index + m.Length + 60);
            if (!QuotiteContext().IsMatch(text.AsSpan(windowStart, windowEnd - windowStart)))
            {
                continue;
            }

            if (Number(m.Groups["n"].Value) is { } value and >= 10 and <= 100)
            {
                // The quotité of a temps partiel is what the act decides; a TNC quotité computed from hours gives way.
                context.Fields.Quotite = value;
                context.Cite(FieldNames.Quotite, new TextRange(m.Index, m.Index + m.Length));
                return;
            }
        }
    }

    [GeneratedRegex(@"\b(?:pour|d'une|sur|durant|pendant)[\t ]+(?:une[\t ]+)?(?:(?:duree|periode)[\t ]+(?:de[\t ]+|d'))?(?<n>\d{1,3}|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|dix-huit|vingt-quatre|trente-six)[\t ]*(?:\(\d{1,3}\)[\t ]*)?(?<u>mois|ans?|annees?)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Duree();

    [GeneratedRegex(@"(?<n>\d{1,3}|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze)[\t ]*(?:\(\d{1,3}\)[\t ]*)?(?<u>mois|ans?|annees?)\b", RegexOptions.CultureInvariant)]
    private static partial Regex DurationValue();

    [GeneratedRegex(@"\bessai\b[^.;\n]{0,30}$", RegexOptions.CultureInvariant)]
    private static partial Regex EssaiBefore();

    [GeneratedRegex(@"(?<![\d,.])(?<h>\d{1,2})(?:[,.](?<dec>\d{1,2})[\t ]*(?:h(?:eures?)?\b)?|[\t ]*h(?:eures?)?[\t ]*(?<min>\d{2})?(?:[\t ]*(?:min(?:utes?)?))?)[\t ]*(?:hebdomadaires?|par semaine|/[\t ]*35[\t ]*(?:e|eme|emes|iemes?)?|sur 35)\b|(?<![\d,.])(?<h>\d{1,2})(?:[,.](?<dec>\d{1,2}))?[\t ]*/[\t ]*35(?:e|eme|emes|iemes?)?\b", RegexOptions.CultureInvariant)]
    private static partial Regex Hours();

    [GeneratedRegex(@"\ba temps complet\b|\btemps complet\b", RegexOptions.CultureInvariant)]
    private static partial Regex TempsComplet();

    [GeneratedRegex(@"(?<n>\d{2,3})[\t ]*(?:%|pour[\t ]?cent)", RegexOptions.CultureInvariant)]
    private static partial Regex Percent();

    [GeneratedRegex(@"\btemps partiel\b|\bquotite\b|\btemps de travail\b|\btemps (?:plein|complet)\b|\bdu temps\b|\bservice a\b|\bexercer\b|\bexercice\b", RegexOptions.CultureInvariant)]
    private static partial Regex QuotiteContext();
}
