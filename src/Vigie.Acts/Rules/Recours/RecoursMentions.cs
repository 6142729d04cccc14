using System.Text.RegularExpressions;
using Vigie.Acts.Model;
using Vigie.Acts.Rules.Scanning;

namespace Vigie.Acts.Rules.Recours;

/// <summary>Where an act mentions the voies et délais de recours.</summary>
internal static partial class RecoursMentions
{
    public static bool Any(string text) => RecoursRegex().IsMatch(text);

    /// <summary>The sentences that speak of the recours (each: start and end in the text).</summary>
    public static IEnumerable<(int Start, int End)> Sentences(string text)
    {
        var lastEnd = -1;
        for (var match = RecoursRegex().Match(text); match.Success; match = match.NextMatch())
        {
            if (match.Index < lastEnd)
            {
                continue;
            }

            var start = SentenceStart(text, match.Index);
            var end = SentenceEnd(text, match.Index + match.Length);
            lastEnd = end;
            yield return (start, end);
        }
    }

    /// <summary>The end of the articles, where a missing recours mention was looked for.</summary>
    public static Evidence EndOfArticles(AnalyzedAct act)
    {
        var text = act.Segment.Text;
        var layout = ActLayout.Of(text);
        if (layout.FaitLine is not { } fait)
        {
            return ActEvidence.LastLines(act, 3);
        }

        var lines = TextLines.Reverse(text, fait.Start).Where(l => !l.IsBlank(text)).Take(2).ToList();
        return lines.Count == 0
            ? ActEvidence.FromSegment(act.Segment, fait.Start, fait.End)
            : ActEvidence.FromSegment(act.Segment, lines[^1].Start, lines[0].End);
    }

    private static int SentenceStart(string text, int index)
    {
        var limit = Math.Max(0, index - 400);
        for (var i = index - 1; i >= limit; i--)
        {
            if (text[i] == '.' && (i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1])) || (text[i] == '\n' && i > 0 && text[i - 1] == '\n'))
            {
                return i + 1;
            }
        }

        return limit;
    }

    private static int SentenceEnd(string text, int index)
    {
        var limit = Math.Min(text.Length, index + 400);
        for (var i = index; i < limit; i++)
        {
            if (text[i] == '.' && (i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1])) || (text[i] == '\n' && i + 1 < text.Length && text[i + 1] == '\n'))
            {
                return i + 1;
            }
        }

        return limit;
    }

    [GeneratedRegex(@"recours\s+(?:contentieux|gracieux|hi[ée]rarchique|pour\s+exc[èe]s)|(?:faire|fait)\s+l['’]objet\s+d['’]un\s+recours|tribunal\s+administratif|t[ée]l[ée]\s?recours|juridiction\s+administrative|voies?\s+et\s+d[ée]lais?\s+de\s+recours|d[ée]lais?\s+et\s+voies?\s+de\s+recours|(?:former|introduire|exercer|d[ée]poser)\s+un\s+recours|d[ée]lai\s+de\s+recours|saisi(?:r|ne)\s+(?:du\s+|le\s+)?tribunal|m[ée]diation\s+pr[ée]alable\s+obligatoire", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RecoursRegex();
}
