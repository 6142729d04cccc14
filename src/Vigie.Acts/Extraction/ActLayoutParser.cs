using System.Text.RegularExpressions;

namespace Vigie.Acts.Extraction;

/// <summary>Finds the parts of an act (see <see cref="ActLayout"/>) in its normalised text.</summary>
public static partial class ActLayoutParser
{
    public static ActLayout Parse(NormalizedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var t = text.Text;

        var visaStarts = Starts(VisaLine().Matches(t));
        var considerantStarts = Starts(ConsiderantLine().Matches(t));
        var firstVisa = visaStarts.Count > 0 ? visaStarts[0] : int.MaxValue;
        var firstConsiderant = considerantStarts.Count > 0 ? considerantStarts[0] : int.MaxValue;
        var decision = FindDecision(text, Math.Min(firstVisa, firstConsiderant));

        var articleStarts = new List<int>();
        foreach (Match m in ArticleHeading().Matches(t))
        {
            if (decision is null || m.Index >= decision.Value)
            {
                articleStarts.Add(m.Index);
            }
        }

        var contractStart = ContractParties().Match(t);
        var titleEnd = Min(firstVisa, firstConsiderant, decision ?? int.MaxValue,
            articleStarts.Count > 0 ? articleStarts[0] : int.MaxValue,
            contractStart.Success ? contractStart.Index : int.MaxValue,
            t.Length);

        var signatureStart = FindSignatureStart(t, articleStarts, decision);
        var structuralStarts = new List<int>(visaStarts.Count + considerantStarts.Count + 2);
        structuralStarts.AddRange(visaStarts);
        structuralStarts.AddRange(considerantStarts);
        if (decision.HasValue)
        {
            structuralStarts.Add(decision.Value);
        }

        if (articleStarts.Count > 0)
        {
            structuralStarts.Add(articleStarts[0]);
        }

        structuralStarts.Add(signatureStart ?? t.Length);
        structuralStarts.Sort();

        var articles = new List<TextRange>(articleStarts.Count);
        for (var i = 0; i < articleStarts.Count; i++)
        {
            var end = i + 1 < articleStarts.Count ? articleStarts[i + 1] : signatureStart ?? t.Length;
            if (end > articleStarts[i])
            {
                articles.Add(new TextRange(articleStarts[i], end));
            }
        }

        return new ActLayout(
            new TextRange(0, titleEnd),
            Ranges(visaStarts, structuralStarts, t.Length),
            Ranges(considerantStarts, structuralStarts, t.Length),
            decision,
            articles,
            signatureStart.HasValue ? new TextRange(signatureStart.Value, t.Length) : TextRange.Empty,
            t.Length);
    }

    private static int? FindDecision(NormalizedText text, int firstPreamble)
    {
        var t = text.Text;
        var firstLineEnd = t.IndexOf('\n', FirstNonBlank(t));
        foreach (Match m in DecisionLine().Matches(t))
        {
            var word = m.Groups["w"];
            // "ARRÊTÉ" (the title, a noun) and "ARRÊTE" (the verb) fold alike: the accent tells them apart.
            var original = text.Quote(word.Index, word.Index + word.Length).TrimEnd();
            var isNoun = original.Length > 0 && original[^1] is 'É' or 'é';
            var inTitle = firstLineEnd < 0 || m.Index < firstLineEnd || (firstPreamble != int.MaxValue && m.Index < firstPreamble);
            if (!isNoun && !inTitle)
            {
                return m.Index;
            }
        }

        var agreed = ContractAgreement().Match(t);
        return agreed.Success ? agreed.Index : null;
    }

    private static int FirstNonBlank(string t)
    {
        for (var i = 0; i < t.Length; i++)
        {
            if (!char.IsWhiteSpace(t[i]))
            {
                return i;
            }
        }

        return 0;
    }

    private static int? FindSignatureStart(string t, List<int> articleStarts, int? decision)
    {
        var from = articleStarts.Count > 0 ? articleStarts[^1] : decision ?? 0;
        int? fait = null;
        foreach (Match m in FaitA().Matches(t, from))
        {
            fait = m.Index;
        }

        if (fait.HasValue)
        {
            // The block may start with the signatory's qualité a line or two above "Fait à" (rare layouts):
            // keep "Fait à" as the start, the signatory extractor also looks a few lines around it.
            return fait;
        }

        if (articleStarts.Count == 0 && decision is null)
        {
            return null;
        }

        var lastArticle = articleStarts.Count > 0 ? articleStarts[^1] : decision!.Value;
        var firstLineEnd = t.IndexOf('\n', lastArticle);
        if (firstLineEnd < 0)
        {
            return null;
        }

        foreach (Match m in QualiteLine().Matches(t, firstLineEnd))
        {
            var lineEnd = t.IndexOf('\n', m.Index);
            var line = lineEnd < 0 ? t[m.Index..] : t[m.Index..lineEnd];
            if (!line.Contains("charge", StringComparison.Ordinal) && !line.Contains("execution", StringComparison.Ordinal))
            {
                return m.Index;
            }
        }

        return null;
    }

    private static List<int> Starts(MatchCollection matches)
    {
        var starts = new List<int>(matches.Count);
        foreach (Match m in matches)
        {
            starts.Add(m.Index);
        }

        return starts;
    }

    private static List<TextRange> Ranges(List<int> starts, List<int> structuralStarts, int length)
    {
        var ranges = new List<TextRange>(starts.Count);
        foreach (var start in starts)
        {
            var end = length;
            foreach (var s in structuralStarts)
            {
                if (s > start)
                {
                    end = s;
                    break;
                }
            }

            ranges.Add(new TextRange(start, end));
        }

        return ranges;
    }

    private static int Min(params ReadOnlySpan<int> values)
    {
        var min = int.MaxValue;
        foreach (var v in values)
        {
            min = Math.Min(min, v);
        }

        return min;
    }

    [GeneratedRegex(@"(?m)^[\t \-*•>]*vu(?=[\t ,:])", RegexOptions.CultureInvariant)]
    private static partial Regex VisaLine();

    [GeneratedRegex(@"(?m)^[\t \-*•>]*(?:considerant|attendu que)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ConsiderantLine();

    [GeneratedRegex(@"(?m)(?:^|[,;:][\t ]?)[\t ]*(?<w>a ?r ?r ?e ?t ?e|arretons|arrete|decide|decidons|decrete)[\t ]*(?:ce qui suit)?[\t ]*[:.]?[\t ]*$", RegexOptions.CultureInvariant)]
    private static partial Regex DecisionLine();

    [GeneratedRegex(@"(?:il a ete|il est|ont) (?:convenu|arrete|decide)(?: et arrete)? (?:de )?ce qui suit|conviennent (?:de )?ce qui suit", RegexOptions.CultureInvariant)]
    private static partial Regex ContractAgreement();

    [GeneratedRegex(@"(?m)^[\t ]*entre(?:[\t ]*:|[\t ]+les soussigne|[\t ]*$|[\t ]+(?:la|le|l')[\t ]*(?:commune|ville|communaute|centre|departement|syndicat|region|metropole|collectivite))", RegexOptions.CultureInvariant)]
    private static partial Regex ContractParties();

    [GeneratedRegex(@"(?m)^[\t \-*]*(?:article|art\.?)[\t ]*(?:1[\t ]?er|premier|unique|\d{1,2}|[ivx]{1,4})(?![a-z])", RegexOptions.CultureInvariant)]
    private static partial Regex ArticleHeading();

    [GeneratedRegex(@"\bfaite? (?:a|le|en|au)\b", RegexOptions.CultureInvariant)]
    private static partial Regex FaitA();

    [GeneratedRegex(@"(?m)^[\t ]*(?:pour |p/ ?|p\.o\.? )?(?:le |la |l')?(?:maire|presidente?|vice-president|adjointe?|directeur|directrice|dgs|autorite territoriale)\b", RegexOptions.CultureInvariant)]
    private static partial Regex QualiteLine();
}
