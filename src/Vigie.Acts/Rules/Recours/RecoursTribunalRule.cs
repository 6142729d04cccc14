using System.Text.RegularExpressions;
using Vigie.Acts.Model;
using Vigie.Acts.Referentiels;
using Vigie.Acts.Referentiels.Tribunaux;
using Vigie.Acts.Rules.Scanning;

namespace Vigie.Acts.Rules.Recours;

/// <summary>
/// RECOURS_TRIBUNAL: the tribunal administratif named in the recours mention is not the one whose ressort covers the
/// collectivité's département (CJA R. 221-3; the lieu d'affectation of R. 312-12 is taken as that département).
/// </summary>
internal sealed partial class RecoursTribunalRule(TribunauxAdministratifs tribunaux) : ActRule
{
    public override string Code => AnomalyCodes.RecoursTribunal;

    public override Severity Severity => Severity.Majeure;

    public override string LegalBasis => "CJA R. 221-3, R. 312-12";

    public override IEnumerable<Anomaly> Evaluate(AnalyzedAct act)
    {
        if (act.Type == ActType.NonActe)
        {
            yield break;
        }

        var mentions = Mentions(act).ToList();
        if (mentions.Count == 0)
        {
            yield break;
        }

        var departement = tribunaux.Departement(act.Fields.Departement);
        var expected = tribunaux.ForDepartement(act.Fields.Departement);
        if (departement is null || expected is null)
        {
            act.AddNote($"Département de la collectivité introuvable : le tribunal administratif cité ({mentions[0].Written}) n'a pas pu être contrôlé.");
            yield break;
        }

        var ocr = act.Segment.MinOcrConfidence is not null;
        foreach (var mention in mentions)
        {
            if (mention.Tribunal == expected || (mention.Tribunal is null && IsCloseTo(mention.Written, expected, ocr)))
            {
                continue;
            }

            var named = mention.Tribunal?.Nom ?? "tribunal administratif de " + mention.Written;
            yield return Anomaly(
                $"Le recours est ouvert devant le {named}, or {departement.Libelle} relève du {expected.Nom}.",
                mention.Evidence);
            yield break;
        }
    }

    private IEnumerable<(string Written, TribunalAdministratif? Tribunal, Evidence? Evidence)> Mentions(AnalyzedAct act)
    {
        var text = act.Segment.Text;
        var any = false;
        for (var match = TribunalRegex().Match(text); match.Success; match = match.NextMatch())
        {
            var words = match.Groups["w"];
            var tribunal = tribunaux.Match(words.Value);
            if (tribunal is null && !char.IsUpper(text[words.Index]))
            {
                continue; // "tribunal administratif compétent": no name to check
            }

            any = true;
            var name = FirstWords(words.Value);
            var evidence = ActEvidence.FromSegment(act.Segment, match.Index, words.Index + name.Length);
            yield return (tribunal?.Siege ?? name, tribunal, evidence);
        }

        if (!any && act.Fields.TribunalMentionne is { Length: > 0 } field)
        {
            var tribunal = tribunaux.Match(StripPrefix(field));
            yield return (StripPrefix(field), tribunal, ActEvidence.ForField(act, "tribunal_mentionne"));
        }
    }

    /// <summary>One letter off the expected name, on an OCR'd act, is a misreading rather than another tribunal.</summary>
    private static bool IsCloseTo(string written, TribunalAdministratif expected, bool ocr)
    {
        if (!ocr)
        {
            return false;
        }

        var folded = TextFolding.Fold(written).Replace('-', ' ');
        return expected.Variantes.Any(v => EditDistance.Of(folded, v) <= 1);
    }

    private static string FirstWords(string words)
    {
        var match = NameRegex().Match(words);
        return match.Success ? match.Value.Trim() : words.Trim();
    }

    private static string StripPrefix(string field) => PrefixRegex().Replace(field, string.Empty).Trim();

    [GeneratedRegex(@"tribunal\s+administratif\s+(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’])?\s*(?<w>[^\n,.;:()«»""]{1,60})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TribunalRegex();

    [GeneratedRegex(@"^[\p{L}'’\-]+(?:[ \-](?:sur|en|de|la|le|les|du|et|d['’])?[ \-]?\p{Lu}[\p{L}'’\-]*)*")]
    private static partial Regex NameRegex();

    [GeneratedRegex(@"^\s*(?:le\s+)?(?:tribunal\s+administratif\s+(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’])?|TA\s+(?:de\s+|d['’])?)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PrefixRegex();
}
