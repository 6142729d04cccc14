using System.Globalization;
using System.Text.RegularExpressions;
using Vigie.Acts.Model;
using Vigie.Acts.Referentiels.Concordance;

namespace Vigie.Acts.Extraction;

/// <summary>
/// Reads the mentions a contract must carry (CGFP R. 331-6 à R. 331-10): legal basis with its alinéa
/// (normalised to the CGFP, old loi 84-53 articles mapped through the concordance table), emploi,
/// rémunération, lieu d'exercice and période d'essai. Emploi, rémunération and lieu are read for every act.
/// </summary>
internal sealed partial class ContratExtractor
{
    private readonly BaseLegaleConcordance _concordance;

    public ContratExtractor(BaseLegaleConcordance concordance)
    {
        _concordance = concordance;
    }

    public void Extract(ExtractionContext context)
    {
        if (context.IsContract)
        {
            ReadBaseLegale(context);
            ReadPeriodeEssai(context);
        }

        ReadEmploi(context);
        ReadRemuneration(context);
        ReadLieuExercice(context);
    }

    private void ReadBaseLegale(ExtractionContext context)
    {
        var act = context.Act;
        var text = act.Text;
        (string Value, TextRange Range, int Rank)? best = null;
        void Consider(string value, int start, int end)
        {
            var rank = Rank(act, start) * 2 + (value.Contains('°', StringComparison.Ordinal) ? 0 : 1);
            if (best is null || rank < best.Value.Rank)
            {
                best = (value, new TextRange(start, end), rank);
            }
        }

        if (act.KeyValues.TryGet(KeyValueKeys.BaseLegale, out var kv))
        {
            foreach (Match m in Cgfp().Matches(text, kv.Start))
            {
                if (m.Index >= kv.End)
                {
                    break;
                }

                Consider(CgfpValue(m), m.Index, m.Index + m.Length);
            }
        }

        foreach (Match m in Cgfp().Matches(text))
        {
            if (!EtSuivants().IsMatch(text.AsSpan(m.Index + m.Length, Math.Min(16, text.Length - m.Index - m.Length))))
            {
                Consider(CgfpValue(m), m.Index, m.Index + m.Length);
            }
        }

        foreach (Match m in AlineaFirst().Matches(text))
        {
            Consider($"L{m.Groups["art"].Value} {m.Groups["al"].Value}°", m.Index, m.Index + m.Length);
        }

        foreach (var m in Loi84().Matches(text).Concat(Loi84Reverse().Matches(text)))
        {
            var key = "3" + m.Groups["sub"].Value;
            if (m.Groups["ii"].Success)
            {
                key += " " + m.Groups["ii"].Value.ToUpperInvariant();
            }
            else if (m.Groups["al"].Success)
            {
                key += " " + m.Groups["al"].Value + "°" + (m.Groups["bis"].Success ? " bis" : string.Empty);
            }

            if (_concordance.ToCgfp(key) is { } cgfp)
            {
                Consider(cgfp, m.Index, m.Index + m.Length);
            }
            else
            {
                context.Note($"Base légale « article {key} de la loi 84-53 » sans correspondance connue dans le CGFP.");
            }
        }

        if (best is { } chosen)
        {
            context.Fields.BaseLegale = chosen.Value;
            context.Cite(FieldNames.BaseLegale, chosen.Range);
            context.Fields.Motif ??= MotifOf(chosen.Value);
        }
    }

    private static string CgfpValue(Match m)
    {
        var article = "L" + m.Groups["art"].Value;
        return m.Groups["al"].Success ? $"{article} {m.Groups["al"].Value}°" : article;
    }

    private static string? MotifOf(string baseLegale) => baseLegale switch
    {
        "L332-23 1°" => "accroissement_temporaire",
        "L332-23 2°" => "accroissement_saisonnier",
        "L332-13" => "remplacement",
        "L332-14" => "vacance_temporaire",
        "L332-24" or "L332-25" => "projet",
        _ when baseLegale.StartsWith("L332-8", StringComparison.Ordinal) => "emploi_permanent",
        _ => null,
    };

    private static void ReadPeriodeEssai(ExtractionContext context)
    {
        var act = context.Act;
        var text = act.Text;
        if (act.KeyValues.TryGet(KeyValueKeys.PeriodeEssai, out var kv))
        {
            if (DurationValue().Match(text, kv.Start, kv.Length) is { Success: true } d && ToDays(d) is { } days)
            {
                context.Fields.PeriodeEssaiJours = days;
                context.Cite(FieldNames.PeriodeEssaiJours, kv);
                return;
            }
        }

        var none = SansEssai().Match(text);
        if (none.Success)
        {
            context.Fields.PeriodeEssaiJours = 0;
            context.Cite(FieldNames.PeriodeEssaiJours, new TextRange(none.Index, none.Index + none.Length));
            return;
        }

        foreach (Match m in Essai().Matches(text))
        {
            var window = Math.Min(text.Length, m.Index + m.Length + 80);
            var d = DurationValue().Match(text, m.Index + m.Length, window - m.Index - m.Length);
            if (d.Success && ToDays(d) is { } days)
            {
                context.Fields.PeriodeEssaiJours = days;
                context.Cite(FieldNames.PeriodeEssaiJours, new TextRange(m.Index, d.Index + d.Length));
                return;
            }
        }
    }

    private static int? ToDays(Match duration)
    {
        var n = DureesExtractor.Number(duration.Groups["n"].Value);
        if (n is null)
        {
            return null;
        }

        return duration.Groups["u"].Value switch
        {
            var u when u.StartsWith("jour", StringComparison.Ordinal) => n,
            var u when u.StartsWith("semaine", StringComparison.Ordinal) => n * 7,
            var u when u.StartsWith("mois", StringComparison.Ordinal) => n * 30,
            _ => null,
        };
    }

    private static void ReadEmploi(ExtractionContext context)
    {
        var act = context.Act;
        if (act.KeyValues.TryGet(KeyValueKeys.Emploi, out var kv))
        {
            context.Fields.Emploi = WrittenCase.Usual(act.Quote(kv));
            context.Cite(FieldNames.Emploi, kv);
            return;
        }

        var found = Best(act, Emploi());
        if (found is { } g)
        {
            var range = TrimValue(act.Text, g.Index, g.Index + g.Length);
            if (range.Length >= 3)
            {
                context.Fields.Emploi = WrittenCase.Usual(act.Quote(range));
                context.Cite(FieldNames.Emploi, range);
            }
        }
    }

    private static void ReadRemuneration(ExtractionContext context)
    {
        var act = context.Act;
        var text = act.Text;
        TextRange range;
        if (act.KeyValues.TryGet(KeyValueKeys.Remuneration, out var kv))
        {
            range = kv;
        }
        else
        {
            Match? best = null;
            foreach (Match m in Remuneration().Matches(text))
            {
                var zone = act.Layout.ZoneOf(m.Index);
                if (zone is ActZone.Article or ActZone.Other || (zone == ActZone.Title && !act.Layout.HasActStructure))
                {
                    best = m;
                    break;
                }
            }

            if (best is null)
            {
                return;
            }

            var end = SentenceEnd(text, best.Index, 260);
            range = new TextRange(best.Index, end);
        }

        var indices = IndicesIn().Match(text, range.Start, range.Length);
        string value;
        if (indices.Success && (indices.Groups["ib"].Success || indices.Groups["im"].Success))
        {
            var ib = FirstGroup(text, range, "ib");
            var im = FirstGroup(text, range, "im");
            value = (ib, im) switch
            {
                ({ } b, { } j) => $"IB {b} / IM {j}",
                ({ } b, null) => $"IB {b}",
                (null, { } j) => $"IM {j}",
                _ => Clean(act.Quote(range)),
            };
        }
        else
        {
            value = Clean(act.Quote(range));
        }

        context.Fields.Remuneration = value;
        context.Cite(FieldNames.Remuneration, range);
    }

    private static string? FirstGroup(string text, TextRange range, string group)
    {
        foreach (Match m in IndicesIn().Matches(text, range.Start))
        {
            if (m.Index >= range.End)
            {
                break;
            }

            if (m.Groups[group].Success)
            {
                return m.Groups[group].Value;
            }
        }

        return null;
    }

    private static void ReadLieuExercice(ExtractionContext context)
    {
        var act = context.Act;
        if (act.KeyValues.TryGet(KeyValueKeys.LieuExercice, out var kv))
        {
            context.Fields.LieuExercice = WrittenCase.Usual(act.Quote(kv));
            context.Cite(FieldNames.LieuExercice, kv);
            return;
        }

        var found = Best(act, LieuExercice());
        if (found is { } g)
        {
            var range = TrimValue(act.Text, g.Index, g.Index + g.Length);
            if (range.Length >= 3)
            {
                context.Fields.LieuExercice = WrittenCase.Usual(act.Quote(range));
                context.Cite(FieldNames.LieuExercice, range);
            }
        }
    }

    private static Group? Best(ActText act, Regex regex)
    {
        Group? best = null;
        var bestRank = int.MaxValue;
        foreach (Match m in regex.Matches(act.Text))
        {
            var rank = Rank(act, m.Index);
            if (rank < bestRank && rank < 3)
            {
                best = m.Groups["v"];
                bestRank = rank;
            }
        }

        return best;
    }

    private static int Rank(ActText act, int position) => act.Layout.ZoneOf(position) switch
    {
        ActZone.Article => 0,
        ActZone.Other => 1,
        ActZone.Title => 1,
        ActZone.Considerant => 2,
        ActZone.Visa => 3,
        _ => 4,
    };

    private static TextRange TrimValue(string text, int start, int end)
    {
        var cut = ValueEnd().Match(text, start, end - start);
        if (cut.Success)
        {
            end = cut.Index;
        }

        while (end > start && text[end - 1] is ' ' or '\t' or ',' or '.' or ';' or ':' or '-')
        {
            end--;
        }

        return new TextRange(start, end);
    }

    private static int SentenceEnd(string text, int start, int max)
    {
        var limit = Math.Min(text.Length, start + max);
        for (var i = start; i < limit; i++)
        {
            if (text[i] is ';' || (text[i] == '.' && (i + 1 >= text.Length || text[i + 1] is ' ' or '\n' or '\t')) || (text[i] == '\n' && i + 1 < text.Length && text[i + 1] == '\n'))
            {
                return i;
            }

            if (text[i] == '\n' && i + 8 < text.Length && ArticleStart().IsMatch(text.AsSpan(i + 1, Math.Min(12, text.Length - i - 1))))
            {
                return i;
            }
        }

        return limit;
    }

    private static string Clean(string text) => string.Join(' ', text.Split((char[])[' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries)).Trim(',', ';', '.', ' ');

    [GeneratedRegex(@"\bl[\t .]*(?<art>332-\d{1,2})\b(?:[\t ]*[-,]?[\t ]*(?:alinea[\t ]*)?(?<al>\d{1,2})[\t ]*°|[\t ]*,?[\t ]*(?<al>\d{1,2})(?:er|e|eme)?[\t ]+alinea)?", RegexOptions.CultureInvariant)]
    private static partial Regex Cgfp();

    [GeneratedRegex(@"\b(?<al>\d{1,2})[\t ]*°[\t ]*(?:de l'article|du|de l'art\.?)[\t ]*l[\t .]*(?<art>332-\d{1,2})\b", RegexOptions.CultureInvariant)]
    private static partial Regex AlineaFirst();

    [GeneratedRegex(@"^[\t ]*(?:et suivants|et s\.|a l\.?)", RegexOptions.CultureInvariant)]
    private static partial Regex EtSuivants();

    [GeneratedRegex(@"\barticle[\t ]+3(?<sub>-[1-5])?(?:[\t ]*,?[\t ]*(?<al>\d)[\t ]*°(?<bis>[\t ]*bis)?|[\t ]+(?<ii>ii|i)\b)?[^.\n]{0,40}?(?:84-53|26 janvier 1984)", RegexOptions.CultureInvariant)]
    private static partial Regex Loi84();

    [GeneratedRegex(@"(?:84-53|26 janvier 1984)[^.;\n]{0,60}?\barticle[\t ]+3(?<sub>-[1-5])?(?:[\t ]*,?[\t ]*(?<al>\d)[\t ]*°(?<bis>[\t ]*bis)?|[\t ]+(?<ii>ii|i)\b)?(?![\d-])", RegexOptions.CultureInvariant)]
    private static partial Regex Loi84Reverse();

    [GeneratedRegex(@"\bperiode d'essai\b", RegexOptions.CultureInvariant)]
    private static partial Regex Essai();

    [GeneratedRegex(@"\b(?:sans|aucune|pas de) periode d'essai\b|\bn'est (?:pas )?soumise? a (?:aucune |une )?periode d'essai", RegexOptions.CultureInvariant)]
    private static partial Regex SansEssai();

    [GeneratedRegex(@"(?<n>\d{1,3}|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente)[\t ]*(?:\(\d{1,3}\)[\t ]*)?(?<u>jours?|semaines?|mois)\b", RegexOptions.CultureInvariant)]
    private static partial Regex DurationValue();

    [GeneratedRegex(@"\b(?:pour (?:exercer|occuper|assurer) (?:les|des) fonctions (?:de |d')|sur (?:l'|un )emploi (?:permanent |non permanent )?(?:de |d')|(?:a|sur) l'emploi (?:de |d')|(?:l'|un )emploi (?:de |d')|(?:au|sur le|un) poste (?:de |d')|exercera les fonctions (?:de |d')|en qualite (?:de |d'))[\t ]*(?<v>[^\n,.;:()]{3,90})", RegexOptions.CultureInvariant)]
    private static partial Regex Emploi();

    [GeneratedRegex(@"\b(?:remuner\w*|percevra|traitement (?:mensuel|brut|indiciaire)|sera retribue\w*|retribution)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Remuneration();

    [GeneratedRegex(@"\b(?:indice brut|i\.?b\.?)[\t ]*(?:n°|:|=|de)?[\t ]*(?<ib>\d{3,4})\b|\b(?:indice (?:nouveau )?majore|indice net majore|i\.?n?\.?m\.?|majore)[\t ]*(?:n°|:|=|de)?[\t ]*(?<im>\d{3,4})\b", RegexOptions.CultureInvariant)]
    private static partial Regex IndicesIn();

    [GeneratedRegex(@"\b(?:lieu (?:d'exercice|de travail|d'affectation)(?: des fonctions)?[\t ]*:?[\t ]*|exercera (?:ses|les) fonctions (?:a la |a l'|au sein (?:de la |de l'|du |des |de )|aupres (?:de la |de l'|du |des |de )|au |aux |a |dans (?:les |le |la |l')?)|sera affectee? (?:a la |a l'|au |aux |a |sur )|est affectee? (?:a la |a l'|au |aux |a ))(?<v>[^\n,.;:()]{3,90})", RegexOptions.CultureInvariant)]
    private static partial Regex LieuExercice();

    [GeneratedRegex(@"[\t ]+(?:a temps|a raison|a compter|pour une|pour la|pour un|relevant|du grade|au grade|de categorie|categorie|a l'indice|sur la base|remunere|moyennant|a partir|durant|pendant|en remplacement|en vue|et (?:sera|percevra)|sous (?:l'autorite|la responsabilite)|dans le cadre)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ValueEnd();

    [GeneratedRegex(@"^[\t ]*(?:article|art\.)", RegexOptions.CultureInvariant)]
    private static partial Regex ArticleStart();
}
