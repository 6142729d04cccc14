using System.Globalization;
using System.Text.RegularExpressions;
using Vigie.Acts.Model;

namespace Vigie.Acts.Extraction;

/// <summary>
/// Reads the dates of an act: signature ("Fait à X, le …"), effect ("à compter du …", "avec effet au …",
/// "prend effet le …"), the period ("du … au …", "jusqu'au …") and the agent's date of birth ("né(e) le …").
/// A date that does not exist (31 février) leaves the field null, keeps its evidence and adds a note.
/// </summary>
internal sealed partial class DateFieldsExtractor
{
    public void Extract(ExtractionContext context)
    {
        ReadSignature(context);
        ReadEffet(context);
        ReadPeriod(context);
        ReadNaissance(context);
    }

    private static void ReadSignature(ExtractionContext context)
    {
        var act = context.Act;
        if (act.KeyValues.TryGet(KeyValueKeys.DateSignature, out var kv) && act.DateWithin(kv) is { } kvDate)
        {
            Set(context, FieldNames.DateSignature, kvDate, v => context.Fields.DateSignature = v);
            return;
        }

        DateMention? found = null;
        foreach (Match m in FaitLe().Matches(act.Text))
        {
            // The last "Fait à" is the signature (an earlier one may be quoted in a visa).
            if (act.DateAfter(m.Index + m.Length, 90) is { } date && !BetweenHasNotice(act.Text, m.Index, date.Start))
            {
                found = date;
            }
        }

        if (found is null && PlaceDateLine(act) is { } placeLine && act.DateAfter(placeLine.Index + placeLine.Length, 4) is { } placed)
        {
            found = placed;
        }

        if (found is null)
        {
            foreach (Match m in SigneLe().Matches(act.Text))
            {
                if (act.DateAfter(m.Index + m.Length, 12) is { } date)
                {
                    found = date;
                }
            }
        }

        if (found is null && !act.Layout.Signature.IsEmpty)
        {
            // "Le Maire, … le 12 février 2026" in the signature block: the first date not tied to a notification.
            foreach (var date in act.Dates)
            {
                if (date.Start >= act.Layout.Signature.Start && !NoticeBefore(act.Text, date.Start))
                {
                    found = date;
                    break;
                }
            }
        }

        if (found is { } d)
        {
            Set(context, FieldNames.DateSignature, d, v => context.Fields.DateSignature = v);
        }
    }

    private static void ReadEffet(ExtractionContext context)
    {
        var act = context.Act;
        if (act.KeyValues.TryGet(KeyValueKeys.DateEffet, out var kv) && act.DateWithin(kv) is { } kvDate)
        {
            Set(context, FieldNames.DateEffet, kvDate, v => context.Fields.DateEffet = v);
            return;
        }

        DateMention? best = null;
        var bestRank = int.MaxValue;
        foreach (Match m in EffetCue().Matches(act.Text))
        {
            if (act.DateAfter(m.Index + m.Length, 14) is not { } date)
            {
                continue;
            }

            var rank = act.Layout.ZoneOf(m.Index) switch
            {
                ActZone.Article => act.Layout.Articles.Count > 0 && act.Layout.Articles[0].Contains(m.Index) ? 0 : 1,
                ActZone.Title => 2,
                ActZone.Other => 3,
                ActZone.Considerant => 4,
                ActZone.Signature => 6,
                _ => int.MaxValue,
            };
            // A date d'effet quoted in a visa belongs to another act.
            if (rank < bestRank)
            {
                best = date;
                bestRank = rank;
            }
        }

        if (best is null || bestRank >= 5)
        {
            // "du 1er mars 2026 au 28 février 2027": a period starts when the act takes effect.
            if (FindPeriod(act) is { } period && (best is null || bestRank > 2))
            {
                best = period.Start;
            }
        }

        if (best is { } d)
        {
            Set(context, FieldNames.DateEffet, d, v => context.Fields.DateEffet = v);
        }
    }

    private static void ReadPeriod(ExtractionContext context)
    {
        var act = context.Act;
        var fields = context.Fields;
        var period = FindPeriod(act);
        if (act.KeyValues.TryGet(KeyValueKeys.DateDebut, out var kvStart) && act.DateWithin(kvStart) is { } s)
        {
            Set(context, FieldNames.DateDebut, s, v => fields.DateDebut = v);
        }
        else if (period is { } p)
        {
            Set(context, FieldNames.DateDebut, p.Start, v => fields.DateDebut = v);
        }

        if (act.KeyValues.TryGet(KeyValueKeys.DateFin, out var kvEnd) && act.DateWithin(kvEnd) is { } e)
        {
            Set(context, FieldNames.DateFin, e, v => fields.DateFin = v);
        }
        else if (period is { } p)
        {
            Set(context, FieldNames.DateFin, p.End, v => fields.DateFin = v);
        }
        else
        {
            foreach (Match m in FinCue().Matches(act.Text))
            {
                var zone = act.Layout.ZoneOf(m.Index);
                if (zone is ActZone.Visa or ActZone.Signature)
                {
                    continue;
                }

                if (act.DateAfter(m.Index + m.Length, 14) is { } date)
                {
                    Set(context, FieldNames.DateFin, date, v => fields.DateFin = v);
                    break;
                }
            }
        }

        if (fields.DateDebut is null && !context.Evidence.ContainsKey(FieldNames.DateDebut)
            && (context.IsContract || context.IsPosition) && fields.DateEffet is not null)
        {
            fields.DateDebut = fields.DateEffet;
            if (context.Evidence.TryGetValue(FieldNames.DateEffet, out var evidence))
            {
                context.Evidence[FieldNames.DateDebut] = evidence;
            }
        }
    }

    private static void ReadNaissance(ExtractionContext context)
    {
        var act = context.Act;
        if (act.KeyValues.TryGet(KeyValueKeys.DateNaissance, out var kv) && act.DateWithin(kv) is { } kvDate)
        {
            Set(context, FieldNames.DateNaissanceAgent, kvDate, v => context.Fields.DateNaissanceAgent = v);
            return;
        }

        foreach (Match m in NeLe().Matches(act.Text))
        {
            if (act.DateAfter(m.Index + m.Length, 6) is { } date)
            {
                Set(context, FieldNames.DateNaissanceAgent, date, v => context.Fields.DateNaissanceAgent = v);
                return;
            }
        }
    }

    /// <summary>
    /// "Vannes, le 7 avril 2026" (or "À Vannes, le …") on a line of its own after the articles: a signature
    /// without "Fait à". The match ends before the date; its "lieu" group is the place.
    /// </summary>
    internal static Match? PlaceDateLine(ActText act)
    {
        var text = act.Text;
        var from = act.Layout.Articles.Count > 0 ? act.Layout.Articles[0].Start : act.Layout.Decision ?? act.Layout.Title.End;
        Match? last = null;
        foreach (Match m in PlaceDate().Matches(text, from))
        {
            if (act.DateAfter(m.Index + m.Length, 4) is not null)
            {
                last = m;
            }
        }

        return last;
    }

    private static (DateMention Start, DateMention End)? FindPeriod(ActText act)
    {
        var dates = act.Dates;
        for (var i = 0; i + 1 < dates.Count; i++)
        {
            var first = dates[i];
            var second = dates[i + 1];
            var zone = act.Layout.ZoneOf(first.Start);
            if (zone is ActZone.Visa or ActZone.Signature or ActZone.Considerant)
            {
                continue;
            }

            var between = act.Text.AsSpan(first.End, Math.Max(0, second.Start - first.End));
            var beforeStart = Math.Max(0, first.Start - 12);
            var before = act.Text.AsSpan(beforeStart, first.Start - beforeStart);
            if (PeriodLink().IsMatch(between) && PeriodStart().IsMatch(before))
            {
                return (first, second);
            }
        }

        return null;
    }

    private static bool BetweenHasNotice(string text, int from, int to) =>
        NoticeWord().IsMatch(text.AsSpan(from, Math.Max(0, to - from)));

    private static bool NoticeBefore(string text, int position)
    {
        var lineStart = text.LastIndexOf('\n', Math.Max(0, position - 1)) + 1;
        return NoticeWord().IsMatch(text.AsSpan(lineStart, position - lineStart));
    }

    private static void Set(ExtractionContext context, string field, DateMention date, Action<DateOnly?> assign)
    {
        assign(date.Value);
        context.Cite(field, date.Range);
        if (date.IsImpossible)
        {
            context.Note(string.Create(CultureInfo.GetCultureInfo("fr-FR"),
                $"Date impossible ({field}) : « {context.Act.Quote(date.Range)} » n'existe pas au calendrier."));
        }
    }

    [GeneratedRegex(@"\bfaite? (?:a|au|en|le)\b[^\n]{0,70}?\ble\b|\bfaite? le\b", RegexOptions.CultureInvariant)]
    private static partial Regex FaitLe();

    [GeneratedRegex(@"(?m)^[\t ]*(?:a[\t ]+)?(?<lieu>[a-z][a-z'\- ]{1,40}?)[\t ]*,[\t ]*le[\t ]+", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceDate();

    [GeneratedRegex(@"\b(?:signee?s?(?: electroniquement)?|date de signature|arretee?s?|deliberee?s?)(?: le| en date du| :|\s*:)", RegexOptions.CultureInvariant)]
    private static partial Regex SigneLe();

    [GeneratedRegex(@"\b(?:a compter (?:du|de la date du|de la journee du|de)|a partir (?:du|de)|avec effet (?:au|du|a compter du|a partir du|a la date du|le)|prend(?:ra)? effet (?:le|au|du|a compter du|a partir du|a la date du)|prendra effet le|effet (?:au|du|le)|date d'effet(?: fixee| est fixee)?(?: au| :|\s*:)|prenant effet (?:le|au)|est (?:fixee?|reportee?) au|entrera en vigueur le)", RegexOptions.CultureInvariant)]
    private static partial Regex EffetCue();

    [GeneratedRegex(@"\b(?:jusqu'au|jusqu'a la date du|jusqu'a|prendra fin le|prend fin le|se terminera le|s'achevera le|expirera le|date de fin(?: :|\s*:)?|au plus tard le)", RegexOptions.CultureInvariant)]
    private static partial Regex FinCue();

    [GeneratedRegex(@"^[\t ,]*(?:inclus[\t ,]*)?(?:au|jusqu'au|a)[\t ]*(?:inclus)?[\t ]*$", RegexOptions.CultureInvariant)]
    private static partial Regex PeriodLink();

    [GeneratedRegex(@"\b(?:du|de|periode du|allant du|compter du)[\t ]*$", RegexOptions.CultureInvariant)]
    private static partial Regex PeriodStart();

    [GeneratedRegex(@"\bnee?(?:\(e\))?s? (?:le|en date du)\b|\bdate de naissance\b[\t ]*:?", RegexOptions.CultureInvariant)]
    private static partial Regex NeLe();

    [GeneratedRegex(@"\b(?:notifi\w*|recu\w*|transmis\w*|affich\w*|publi\w*|accuse de reception|certifie|executoire|ampliation)\b", RegexOptions.CultureInvariant)]
    private static partial Regex NoticeWord();
}
