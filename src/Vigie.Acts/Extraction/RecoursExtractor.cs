using System.Text.RegularExpressions;
using Vigie.Acts.Model;
using Vigie.Acts.Referentiels.Tribunaux;

namespace Vigie.Acts.Extraction;

/// <summary>Reads the voies et délais de recours mention: the tribunal administratif named and the délai stated.</summary>
internal sealed partial class RecoursExtractor
{
    private readonly TribunauxAdministratifs _tribunaux;

    public RecoursExtractor(TribunauxAdministratifs tribunaux)
    {
        _tribunaux = tribunaux;
    }

    public void Extract(ExtractionContext context)
    {
        var act = context.Act;
        var text = act.Text;
        var tribunal = Tribunal().Match(text);
        if (tribunal.Success)
        {
            var words = tribunal.Groups["v"];
            var written = act.Quote(words.Index, words.Index + words.Length);
            var known = _tribunaux.Match(written);
            context.Fields.TribunalMentionne = known?.Siege ?? WrittenCase.Usual(FirstWords(written));
            context.Cite(FieldNames.TribunalMentionne, new TextRange(tribunal.Index, words.Index + words.Length));
        }

        // The délai nearest to the recours mention (a délai of the agent's request elsewhere is not it).
        var anchor = tribunal.Success ? tribunal.Index : RecoursWord().Match(text) is { Success: true } r ? r.Index : -1;
        if (anchor < 0)
        {
            return;
        }

        Match? best = null;
        var bestDistance = int.MaxValue;
        foreach (Match m in Delai().Matches(text))
        {
            var distance = Math.Abs(m.Index - anchor);
            if (distance < bestDistance && distance < 600)
            {
                best = m;
                bestDistance = distance;
            }
        }

        if (best is not null && DureesExtractor.Number(best.Groups["n"].Value) is { } months)
        {
            context.Fields.DelaiRecoursMois = best.Groups["u"].Value.StartsWith("an", StringComparison.Ordinal) ? months * 12 : months;
            context.Cite(FieldNames.DelaiRecoursMois, new TextRange(best.Index, best.Index + best.Length));
        }
    }

    private static string FirstWords(string written)
    {
        var words = written.Split((char[])[' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words.Take(Math.Min(3, words.Length))).TrimEnd(',', '.', ';');
    }

    [GeneratedRegex(@"\b(?:tribunal administratif|t\.?a\.?)[\t \n]+(?:de la |de l'|du |des |de |d')(?<v>[a-z][a-z' -]{1,40}?)(?=[\t ]*(?:[,.;:()\n]|$|\b(?:dans|par|sis|situe|au|qui|ou|en|a|dont|soit|pour|peut|sous|et|le|la|les)\b))", RegexOptions.CultureInvariant)]
    private static partial Regex Tribunal();

    [GeneratedRegex(@"\brecours\b", RegexOptions.CultureInvariant)]
    private static partial Regex RecoursWord();

    [GeneratedRegex(@"\b(?:delai|dans les|dans un delai de|sous)[\t ]+(?:de[\t ]+|d')?(?<n>\d{1,2}|un|deux|trois|quatre|six|douze)[\t ]*(?:\(\d{1,2}\)[\t ]*)?(?<u>mois|ans?)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Delai();
}
