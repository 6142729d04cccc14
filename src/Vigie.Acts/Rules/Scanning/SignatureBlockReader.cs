using System.Text.RegularExpressions;
using Vigie.Acts.Model;
using Vigie.Acts.Referentiels;

namespace Vigie.Acts.Rules.Scanning;

/// <summary>Reads the <see cref="SignatureBlock"/> of an act.</summary>
internal static partial class SignatureBlockReader
{
    private const int MaxBlockLines = 8;
    private const int MaxTailLines = 12;
    private const int MaxSignatureLineLength = 100;

    public static SignatureBlock Read(AnalyzedAct act)
    {
        var text = act.Segment.Text;
        var layout = ActLayout.Of(text);
        var lines = new List<TextLine>();
        DateMention? date = null;
        int regionStart;
        if (layout.FaitLine is { } fait)
        {
            regionStart = fait.Start;
            date = FrenchDates.FindAll(text, fait.Start, fait.End).Select(d => (DateMention?)d).FirstOrDefault();
            if (date is { } onLine && onLine.End < fait.End)
            {
                // Two columns: "Fait à X, le 12 février 2026      Le Maire,".
                lines.Add(new TextLine(onLine.End, fait.End));
            }

            foreach (var line in TextLines.Of(text, Math.Min(fait.End + 1, text.Length)))
            {
                if (line.IsBlank(text))
                {
                    continue;
                }

                if (date is null && lines.Count == 0 && FrenchDates.At(text, line.Start) is { } next && next.Index - line.Start < 8)
                {
                    date = next;
                    continue;
                }

                if (IsStopLine(text, line))
                {
                    break;
                }

                lines.Add(line);
                if (lines.Count >= MaxBlockLines)
                {
                    break;
                }
            }
        }
        else
        {
            var tail = TextLines.Reverse(text).Where(l => !l.IsBlank(text)).Take(MaxTailLines).Reverse().ToList();
            regionStart = tail.Count > 0 ? tail[0].Start : text.Length;
            lines.AddRange(tail.Where(l => l.Length <= MaxSignatureLineLength && !IsStopLine(text, l) && !ArticleRegex().IsMatch(l.Of(text))));

            // Without "Fait à", a "Saint-Lô, le 12 février 2026" line still dates the act.
            date = lines.SelectMany(l => FrenchDates.FindAll(text, l.Start, l.End)).Select(d => (DateMention?)d).FirstOrDefault();
        }

        var regionEnd = lines.Count > 0 ? Math.Max(lines[^1].End, layout.FaitLine?.End ?? 0) : (layout.FaitLine?.End ?? text.Length);
        return Analyse(act, text, regionStart, regionEnd, layout.FaitLine, date, lines);
    }

    private static SignatureBlock Analyse(AnalyzedAct act, string text, int regionStart, int regionEnd, TextLine? fait, DateMention? date, List<TextLine> lines)
    {
        // Delegation phrases are blanked out (same length) so that "Pour le Maire" is not read as the qualité.
        var masked = text.ToCharArray();
        var delegation = false;
        var electronic = false;
        foreach (var line in lines)
        {
            foreach (Match m in DelegationPhraseRegex().Matches(text, line.Start).TakeWhile(m => m.Index < line.End))
            {
                delegation = true;
                Array.Fill(masked, ' ', m.Index, Math.Min(m.Length, line.End - m.Index));
            }

            electronic |= ElectronicRegex().IsMatch(line.Of(text));
        }

        var maskedText = new string(masked);
        string? qualite = null;
        bool? isAutorite = null;
        var agentNom = act.Fields.AgentNom is { Length: > 0 } n ? TextFolding.Fold(n) : null;
        var names = new List<PersonName>();
        var agentColumn = false;
        foreach (var line in lines.Where(l => l.Length <= MaxSignatureLineLength))
        {
            var lineText = maskedText.AsSpan(line.Start, line.Length);
            var qualiteMatch = QualiteRegex().Match(maskedText, line.Start, line.Length);
            if (AgentSideRegex().IsMatch(lineText) && !qualiteMatch.Success)
            {
                agentColumn = true;
                continue;
            }

            if (qualiteMatch.Success)
            {
                agentColumn = false;
                if (qualite is null)
                {
                    qualite = qualiteMatch.Value.Trim().TrimEnd(',', '.', ';', ':');
                    isAutorite = IsAutorite(qualite);
                }
            }

            foreach (var name in PersonNames.Find(maskedText, line.Start, line.End, allowLoneSurname: !qualiteMatch.Success))
            {
                if (agentColumn || (agentNom is not null && TextFolding.Fold(name.Nom) == agentNom))
                {
                    continue;
                }

                names.Add(name);
            }

            agentColumn = false;
        }

        return new SignatureBlock(regionStart, regionEnd, fait, date, qualite, isAutorite, delegation, electronic, names);
    }

    /// <summary>The maire or président is the autorité territoriale; adjoints, vice-présidents, DGS… are not.</summary>
    public static bool IsAutorite(string qualite)
    {
        var folded = TextFolding.Fold(qualite);
        if (folded.Contains("vice", StringComparison.Ordinal) || folded.Contains("adjoint", StringComparison.Ordinal)
            || folded.Contains("delegue", StringComparison.Ordinal))
        {
            return false;
        }

        return AutoriteRegex().IsMatch(folded);
    }

    /// <summary>True when the text names a qualité (maire, adjoint, directeur…).</summary>
    public static bool HasQualite(string text) => QualiteRegex().IsMatch(text);

    private static bool IsStopLine(string text, TextLine line) => StopLineRegex().IsMatch(line.Of(text));

    /// <summary>Words that end the signature block: ampliations, notification, transmission, certification, recours.</summary>
    [GeneratedRegex(@"^\s*(?:[-•*▪]|ampliation|copie|destinataire|pour\s+ampliation|vu\s+pour|nota\b|article\b)|certifi|ex[ée]cutoire|notifi|ampliation|transmis|d[ée]lais?\s+et\s+voies|voies\s+et\s+d[ée]lais|recours|re[çc]u\s+(?:en|[àa]|le)\s|publi[ée]|affich[ée]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StopLineRegex();

    [GeneratedRegex(@"^\s*Article\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ArticleRegex();

    [GeneratedRegex(@"\b(?:(?:pour|p\s*/|p\.\s?o\.?)\s*(?:le|la|l['’])?\s*(?:maire|pr[ée]sidente?)\b(?:[ \t,]+(?:et[ \t]+)?(?:par[ \t]+d[ée]l[ée]gation|emp[êe]ch[ée]e?|absente?|par[ \t]+ordre))?|par[ \t]+d[ée]l[ée]gation|par[ \t]+ordre)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DelegationPhraseRegex();

    [GeneratedRegex(@"sign[ée]e?\s+(?:[ée]lectroniquement|num[ée]riquement)|signature\s+[ée]lectronique|\[\s*sign[ée]e?\s*\]|\(\s*sign[ée]e?\s*\)|\bsign[ée]e?\s*:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ElectronicRegex();

    [GeneratedRegex(@"(?:\b(?:le|la)\s+|\bl['’]\s*)?(?:(?:premi[eè]re?|1\s?(?:er|[eè]re)|\d{1,2}\s?(?:e|[eè]me))\s+)?(?:maire(?:[-\s]adjointe?)?|vice[-\s]pr[ée]sidente?|pr[ée]sidente?|adjointe?|directeur|directrice|d\.?\s?g\.?\s?[sa]\.?|conseill[eè]re?|secr[ée]taire\s+g[ée]n[ée]ral[e]?|chef\s+de\s+service|responsable)\b[^\n,;:]*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex QualiteRegex();

    [GeneratedRegex(@"^\s*(?:l['’]\s*agent|l['’]\s*int[ée]ress[ée]e?|(?:le|la)\s+contractuel(?:le)?|(?:le|la)\s+salari[ée]e?|lu\s+et\s+approuv[ée]|bon\s+pour\s+accord)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AgentSideRegex();

    [GeneratedRegex(@"^(?:(?:le|la)\s+)?(?:maire|presidente?)\b")]
    private static partial Regex AutoriteRegex();
}
