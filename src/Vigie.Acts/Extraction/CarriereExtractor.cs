using System.Globalization;
using System.Text.RegularExpressions;
using Vigie.Acts.Model;
using Vigie.Acts.Referentiels.Grades;

namespace Vigie.Acts.Extraction;

/// <summary>
/// Reads the agent's career position that the act decides: grade (normalised to the catalogue), échelon,
/// indices brut and majoré, catégorie and cadre d'emplois as stated. Where the act names an old and a new
/// situation ("actuellement au 4e échelon … est promue au 5e échelon"), the decision wins.
/// </summary>
internal sealed partial class CarriereExtractor
{
    private readonly GradeCatalog _grades;

    public CarriereExtractor(GradeCatalog grades)
    {
        _grades = grades;
    }

    public void Extract(ExtractionContext context)
    {
        ReadGrade(context);
        var echelon = ReadEchelon(context);
        ReadIndices(context, echelon);
        ReadCategorie(context);
        ReadCadreEmplois(context);
    }

    private void ReadGrade(ExtractionContext context)
    {
        var act = context.Act;
        var text = act.Text;
        GradeMatch? best = null;
        var bestScore = double.MinValue;
        foreach (var key in (ReadOnlySpan<string>)[KeyValueKeys.Grade])
        {
            if (act.KeyValues.TryGet(key, out var kv))
            {
                var matches = _grades.FindAll(text, kv.Start, kv.End);
                if (matches.Count > 0)
                {
                    best = matches[0];
                    bestScore = 100;
                }
                else
                {
                    context.Note($"Grade « {act.Quote(kv)} » absent du catalogue des grades.");
                }
            }
        }

        if (best is null)
        {
            foreach (var match in _grades.FindAll(text, 0, text.Length))
            {
                var score = GradeScore(context, match);
                if (score > bestScore)
                {
                    best = match;
                    bestScore = score;
                }
            }
        }

        if (best is { } chosen && bestScore > 0)
        {
            context.Fields.Grade = chosen.Grade.Label;
            context.Cite(FieldNames.Grade, new TextRange(chosen.Start, chosen.End));
        }
    }

    private static double GradeScore(ExtractionContext context, GradeMatch match)
    {
        var act = context.Act;
        var layout = act.Layout;
        var zone = layout.ZoneOf(match.Start);
        double score = zone switch
        {
            ActZone.Article => layout.Articles.Count > 0 && layout.Articles[0].Contains(match.Start) ? 10 : 6,
            ActZone.Title => 7,
            ActZone.Considerant => 4,
            ActZone.Other => 5,
            ActZone.Visa => 1.5,
            _ => -5,
        };
        var text = act.Text;
        var beforeStart = Math.Max(0, match.Start - 70);
        var before = text.AsSpan(beforeStart, match.Start - beforeStart);
        var afterEnd = Math.Min(text.Length, match.End + 90);
        var after = text.AsSpan(match.End, afterEnd - match.End);
        if (NewGradeBefore().IsMatch(before))
        {
            score += context.Type is ActType.AvancementGrade or ActType.PromotionInterne ? 8 : 5;
        }
        else if (GradeBefore().IsMatch(before))
        {
            score += 3;
        }

        var changesGrade = context.Type is ActType.AvancementGrade or ActType.PromotionInterne or ActType.Detachement or ActType.Mutation or ActType.NominationStagiaire;
        if (OldGradeBefore().IsMatch(before) && changesGrade)
        {
            score -= 4;
        }

        if (changesGrade && DecisionAfter().IsMatch(after))
        {
            score -= 4;
        }

        if (StagiaireAfter().IsMatch(after))
        {
            score += 4;
        }

        if (ExecutionAfter().IsMatch(after) || FunctionArticleBefore().IsMatch(before))
        {
            score -= 20;
        }

        // The cadre d'emplois in a visa ("statut particulier du cadre d'emplois des …") is not the agent's grade.
        if (CadreBefore().IsMatch(before))
        {
            score -= 3;
        }

        return score;
    }

    private static int? ReadEchelon(ExtractionContext context)
    {
        var act = context.Act;
        var text = act.Text;
        if (act.KeyValues.TryGet(KeyValueKeys.Echelon, out var kv))
        {
            var m = EchelonValue().Match(text, kv.Start, kv.Length);
            if (m.Success && ParseOrdinal(m.Value) is { } value)
            {
                context.Fields.Echelon = value;
                context.Cite(FieldNames.Echelon, kv);
                return kv.End;
            }
        }

        (int Value, TextRange Range)? best = null;
        var bestScore = double.MinValue;
        foreach (Match m in Echelon().Matches(text))
        {
            var number = m.Groups["n"].Success ? m.Groups["n"].Value : m.Groups["w"].Value;
            if (ParseOrdinal(number) is not { } value || value is < 1 or > 20)
            {
                continue;
            }

            var score = EchelonScore(act, m.Index);
            if (score > bestScore)
            {
                best = (value, new TextRange(m.Index, m.Index + m.Length));
                bestScore = score;
            }
        }

        if (best is { } chosen && bestScore > 0)
        {
            context.Fields.Echelon = chosen.Value;
            context.Cite(FieldNames.Echelon, chosen.Range);
            return chosen.Range.End;
        }

        return null;
    }

    private static double EchelonScore(ActText act, int position)
    {
        var layout = act.Layout;
        double score = layout.ZoneOf(position) switch
        {
            ActZone.Article => layout.Articles.Count > 0 && layout.Articles[0].Contains(position) ? 10 : 6,
            ActZone.Title => 5,
            ActZone.Other => 5,
            ActZone.Considerant => 2,
            ActZone.Visa => 0.5,
            _ => -5,
        };
        var beforeStart = Math.Max(0, position - 50);
        var before = act.Text.AsSpan(beforeStart, position - beforeStart);
        if (NewSituationBefore().IsMatch(before))
        {
            score += 3;
        }

        if (OldSituationBefore().IsMatch(before))
        {
            score -= 6;
        }

        var afterEnd = Math.Min(act.Text.Length, position + 90);
        var after = act.Text.AsSpan(position, afterEnd - position);
        if (NewGradeAfter().IsMatch(after))
        {
            score += 4;
        }

        // "Mme X, …, au 7e échelon, est promue …": the échelon before the decision verb is the former one.
        if (DecisionAfter().IsMatch(after))
        {
            score -= 5;
        }

        return score;
    }

    private static void ReadIndices(ExtractionContext context, int? echelonEnd)
    {
        var act = context.Act;
        var text = act.Text;
        var fields = context.Fields;
        if (act.KeyValues.TryGet(KeyValueKeys.Indices, out var both))
        {
            var pair = IndexPair().Match(text, both.Start, both.Length);
            if (pair.Success)
            {
                SetIndex(context, FieldNames.IndiceBrut, pair.Groups["ib"], v => fields.IndiceBrut = v);
                SetIndex(context, FieldNames.IndiceMajore, pair.Groups["im"], v => fields.IndiceMajore = v);
            }
        }

        if (fields.IndiceBrut is null && act.KeyValues.TryGet(KeyValueKeys.IndiceBrut, out var ib)
            && Number().Match(text, ib.Start, ib.Length) is { Success: true } ibValue)
        {
            SetIndex(context, FieldNames.IndiceBrut, ibValue, v => fields.IndiceBrut = v);
        }

        if (fields.IndiceMajore is null && act.KeyValues.TryGet(KeyValueKeys.IndiceMajore, out var im)
            && Number().Match(text, im.Start, im.Length) is { Success: true } imValue)
        {
            SetIndex(context, FieldNames.IndiceMajore, imValue, v => fields.IndiceMajore = v);
        }

        if (fields.IndiceBrut is not null && fields.IndiceMajore is not null)
        {
            return;
        }

        // In the text: the indices that follow the chosen échelon, else the best placed ones.
        Group? bestIb = null;
        Group? bestIm = null;
        var ibScore = double.MinValue;
        var imScore = double.MinValue;
        foreach (Match m in Indices().Matches(text))
        {
            var score = EchelonScore(act, m.Index);
            if (echelonEnd is { } e && m.Index >= e && m.Index - e < 250)
            {
                score += 5;
            }

            if (m.Groups["ib"].Success && score > ibScore)
            {
                bestIb = m.Groups["ib"];
                ibScore = score;
            }

            if (m.Groups["im"].Success && score > imScore)
            {
                bestIm = m.Groups["im"];
                imScore = score;
            }
        }

        if (fields.IndiceBrut is null && bestIb is not null && ibScore > 0)
        {
            SetIndex(context, FieldNames.IndiceBrut, bestIb, v => fields.IndiceBrut = v);
        }

        if (fields.IndiceMajore is null && bestIm is not null && imScore > 0)
        {
            SetIndex(context, FieldNames.IndiceMajore, bestIm, v => fields.IndiceMajore = v);
        }
    }

    private static void SetIndex(ExtractionContext context, string field, Group value, Action<int> assign)
    {
        if (int.TryParse(value.ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 100 and <= 1500)
        {
            assign(n);
            var start = value.Index;
            var lineStart = context.Act.LineStart(start);
            // Quote the label with the number ("IB 396") when it is on the same line.
            var labelStart = Math.Max(lineStart, start - 16);
            context.Cite(field, new TextRange(labelStart, value.Index + value.Length));
        }
    }

    private static void ReadCategorie(ExtractionContext context)
    {
        var act = context.Act;
        if (act.KeyValues.TryGet(KeyValueKeys.Categorie, out var kv) && CategorieValue().Match(act.Text, kv.Start, kv.Length) is { Success: true } v)
        {
            context.Fields.Categorie = v.Groups["c"].Value.ToUpperInvariant();
            context.Cite(FieldNames.Categorie, kv);
            return;
        }

        foreach (Match m in Categorie().Matches(act.Text))
        {
            if (act.Layout.ZoneOf(m.Index) is ActZone.Visa or ActZone.Signature)
            {
                continue;
            }

            context.Fields.Categorie = m.Groups["c"].Value.ToUpperInvariant();
            context.Cite(FieldNames.Categorie, new TextRange(m.Index, m.Index + m.Length));
            return;
        }
    }

    private static void ReadCadreEmplois(ExtractionContext context)
    {
        var act = context.Act;
        if (act.KeyValues.TryGet(KeyValueKeys.CadreEmplois, out var kv))
        {
            context.Fields.CadreEmplois = WrittenCase.Usual(act.Quote(kv)).ToLower(CultureInfo.GetCultureInfo("fr-FR"));
            context.Cite(FieldNames.CadreEmplois, kv);
            return;
        }

        Match? best = null;
        var bestRank = int.MaxValue;
        foreach (Match m in CadreEmplois().Matches(act.Text))
        {
            var rank = act.Layout.ZoneOf(m.Index) switch
            {
                ActZone.Article => 0,
                ActZone.Title => 1,
                ActZone.Considerant => 2,
                ActZone.Other => 2,
                ActZone.Visa => 3,
                _ => 9,
            };
            if (rank < bestRank)
            {
                best = m;
                bestRank = rank;
            }
        }

        if (best is not null && bestRank < 9)
        {
            var value = best.Groups["v"];
            var written = act.Quote(value.Index, value.Index + value.Length);
            context.Fields.CadreEmplois = WrittenCase.Usual(written).ToLower(CultureInfo.GetCultureInfo("fr-FR"));
            context.Cite(FieldNames.CadreEmplois, new TextRange(value.Index, value.Index + value.Length));
        }
    }

    internal static int? ParseOrdinal(string written)
    {
        var digits = new string(written.TakeWhile(char.IsAsciiDigit).ToArray());
        if (digits.Length > 0)
        {
            return int.Parse(digits, CultureInfo.InvariantCulture);
        }

        var word = written.Trim();
        var unit = FrenchNumberWords.Unit(word);
        if (unit > 0)
        {
            return unit;
        }

        return word switch
        {
            "dix-septieme" => 17,
            "dix-huitieme" => 18,
            "dix-neuvieme" => 19,
            _ => null,
        };
    }

    [GeneratedRegex(@"(?:\b(?<n>\d{1,2})[\t ]?(?:e|er|ere|re|eme|ieme|em|°|è)?[\t ]?(?:echelon)|\b(?<w>premier|deuxieme|second|troisieme|quatrieme|cinquieme|sixieme|septieme|huitieme|neuvieme|dixieme|onzieme|douzieme|treizieme)[\t ]+echelon|\bechelon[\t ]*(?:n°|no|numero)?[\t ]*:?[\t ]*(?<n>\d{1,2})\b(?![/.,]\d))", RegexOptions.CultureInvariant)]
    private static partial Regex Echelon();

    [GeneratedRegex(@"\d{1,2}|premier|deuxieme|second|troisieme|quatrieme|cinquieme|sixieme|septieme|huitieme|neuvieme|dixieme|onzieme|douzieme|treizieme", RegexOptions.CultureInvariant)]
    private static partial Regex EchelonValue();

    [GeneratedRegex(@"\b(?:indice brut|i\.?b\.?)(?:[\t ]*(?:n°|:|=|de))?[\t ]*(?<ib>\d{3,4})\b|\b(?:indice (?:nouveau )?majore|indice net majore|i\.?n?\.?m\.?|majore)(?:[\t ]*(?:n°|:|=|de))?[\t ]*(?<im>\d{3,4})\b|\b(?:indices?(?: brut)?(?: et| ?/ ?)? ?majores?|ib ?/ ?im|indices)[\t ]*(?:\(?ib ?/ ?im\)?)?[\t ]*:?[\t ]*(?<ib>\d{3,4})[\t ]*(?:/|-|et)[\t ]*(?<im>\d{3,4})\b", RegexOptions.CultureInvariant)]
    private static partial Regex Indices();

    [GeneratedRegex(@"(?<ib>\d{3,4})[\t ]*(?:/|-|et|,)[\t ]*(?<im>\d{3,4})", RegexOptions.CultureInvariant)]
    private static partial Regex IndexPair();

    [GeneratedRegex(@"\d{3,4}", RegexOptions.CultureInvariant)]
    private static partial Regex Number();

    [GeneratedRegex(@"\bcategorie(?: hierarchique)?[\t ]*:?[\t ]*(?<c>[abc])\b(?!\+)|\bcat\.[\t ]*(?<c>[abc])\b", RegexOptions.CultureInvariant)]
    private static partial Regex Categorie();

    [GeneratedRegex(@"(?<c>[abc])\b", RegexOptions.CultureInvariant)]
    private static partial Regex CategorieValue();

    [GeneratedRegex(@"\bcadre d'emplois? (?:des |de |d')(?<v>[a-z][a-z' -]{2,80}?)(?=[\t ]*(?:[,.;:\n(]|$)|[\t ]+(?:a |au |en |et |est |sur |dans |relevant|de categorie|categorie|de la |du grade|grade|pour |par |a compter|ainsi))", RegexOptions.CultureInvariant)]
    private static partial Regex CadreEmplois();

    [GeneratedRegex(@"(?:promue?s?|nommee?s?|accede\w*|integree?s?|reclassee?s?|inscrite?s?)[\t ]+(?:[^.;\n]{0,30}[\t ])?(?:au|dans le|sur le) grade (?:de |d')?[\t ]*$|grade d'(?:avancement|accueil)[\t ]*:?[\t ]*(?:de |d')?$|nouveau grade[\t ]*:?[\t ]*$|\b(?:est|sont) nommee?s?[\t ]+(?:en qualite (?:de |d'))?$", RegexOptions.CultureInvariant)]
    private static partial Regex NewGradeBefore();

    [GeneratedRegex(@"^[^.;\n]{0,40}?\b(?:de son nouveau grade|du nouveau grade|dans son nouveau grade|dans le nouveau grade|nouveau grade)", RegexOptions.CultureInvariant)]
    private static partial Regex NewGradeAfter();

    [GeneratedRegex(@"^[^.;:\n]{0,70}?\b(?:est|sont|sera|seront) (?:promue?s?|nommee?s?|titularisee?s?|reclassee?s?|integree?s?|placee?s?|detachee?s?|recrutee?s?|admise?s?)\b", RegexOptions.CultureInvariant)]
    private static partial Regex DecisionAfter();

    [GeneratedRegex(@"^[\t ]*(?:territorial\w*[\t ]+)?stagiaire\b", RegexOptions.CultureInvariant)]
    private static partial Regex StagiaireAfter();

    [GeneratedRegex(@"\bgrade(?: de| d'|[\t ]*:)[\t ]*$|\ben qualite (?:de |d')[\t ]*$|\bnommee?s?[\t ]+$|,[\t ]*$", RegexOptions.CultureInvariant)]
    private static partial Regex GradeBefore();

    [GeneratedRegex(@"\b(?:actuellement|titulaire du grade|detenant le grade|detient le grade|grade actuel|grade d'origine|precedemment|ancien grade|jusqu'alors)\b[^.;\n]{0,40}$", RegexOptions.CultureInvariant)]
    private static partial Regex OldGradeBefore();

    [GeneratedRegex(@"^[\t ,]*(?:est|sont|et le|, le)[\t ]+(?:charge|chargee|charges)", RegexOptions.CultureInvariant)]
    private static partial Regex ExecutionAfter();

    [GeneratedRegex(@"(?:^|[\n.;])[\t ]*(?:le|la|l'|monsieur le|madame la|m\. le|mme la)[\t ]*$", RegexOptions.CultureInvariant)]
    private static partial Regex FunctionArticleBefore();

    [GeneratedRegex(@"\bcadre d'emplois? (?:des |de |d')[^.;\n]{0,60}$", RegexOptions.CultureInvariant)]
    private static partial Regex CadreBefore();

    [GeneratedRegex(@"(?:promue?s?|classee?s?|reclassee?s?|nommee?s?|accede\w*|accedera|avance\w*|portee?s?|placee?s?|parvien\w*|integree?s?|affectee?s?|rangee?s?)\b[^.;\n]{0,40}$|\bnouvel echelon\b[^.;\n]{0,10}$", RegexOptions.CultureInvariant)]
    private static partial Regex NewSituationBefore();

    [GeneratedRegex(@"\b(?:actuellement|precedemment|detenu|detient|depuis le|jusqu'alors|anciennete|ancien echelon|echelon actuel|grade actuel|situation actuelle|situee? au|titulaire du|etait)\b[^.;\n]{0,35}$", RegexOptions.CultureInvariant)]
    private static partial Regex OldSituationBefore();
}
