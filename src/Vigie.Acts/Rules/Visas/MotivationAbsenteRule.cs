using System.Text.RegularExpressions;
using Vigie.Acts.Model;
using Vigie.Acts.Rules.Scanning;

namespace Vigie.Acts.Rules.Visas;

/// <summary>
/// MOTIVATION_ABSENTE: an unfavourable decision (refusal, prorogation de stage, licenciement, refus de titularisation,
/// sanction) with no considérant stating its reasons of fact and law (CRPA L. 211-2, L. 211-5).
/// </summary>
internal sealed partial class MotivationAbsenteRule : ActRule
{
    public override string Code => AnomalyCodes.MotivationAbsente;

    public override Severity Severity => Severity.Bloquante;

    public override string LegalBasis => "CRPA L. 211-2, L. 211-5";

    public override IEnumerable<Anomaly> Evaluate(AnalyzedAct act)
    {
        if (act.Type is ActType.NonActe or ActType.Contrat)
        {
            yield break; // a contract is not a unilateral decision
        }

        var text = act.Segment.Text;
        var layout = ActLayout.Of(text);
        var dispositifLength = layout.DispositifEnd(text) - layout.DispositifStart;
        Evidence? decision = null;
        string? what = null;
        if (act.Type == ActType.ProrogationStage)
        {
            what = "la prorogation du stage";
            var match = ProrogationRegex().Match(text, layout.DispositifStart, dispositifLength);
            decision = match.Success ? ActEvidence.FromMatch(act, match) : ActEvidence.FromSegment(act.Segment, layout.DispositifStart, layout.DispositifEnd(text));
        }
        else if (UnfavourableRegex().Match(text, layout.DispositifStart, dispositifLength) is { Success: true } unfavourable)
        {
            what = "une décision défavorable à l'agent";
            decision = ActEvidence.FromMatch(act, unfavourable);
        }
        else if (string.Equals(act.Fields.Nature, "refus", StringComparison.OrdinalIgnoreCase))
        {
            what = "un refus";
            decision = ActEvidence.ForField(act, FieldNames.Nature) ?? ActEvidence.FromSegment(act.Segment, layout.DispositifStart, layout.DispositifEnd(text));
        }

        if (what is null || MotivationRegex().IsMatch(text))
        {
            yield break;
        }

        yield return Anomaly(
            $"L'acte prononce {what} sans la motiver : aucun considérant n'expose les raisons de droit et de fait de la décision.",
            decision);
    }

    [GeneratedRegex(@"prorog[ée]e?s?|prolong[ée]e?s?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ProrogationRegex();

    /// <summary>Refusals, non-titularisation, licenciement and sanctions written in the articles.</summary>
    [GeneratedRegex(@"\b(?:est|sont)\s+refus[ée]e?s?\b|\brefus(?:e|er|ons)?\s+(?:de|d['’]|du|la|le)\b|\bn['’]\s*(?:est|sont)\s+pas\s+(?:accord|autoris|titularis|renouvel|admis|agr[ée])|\bne\s+(?:sera|seront|peut|peuvent)\s+(?:pas\s+)?(?:[êe]tre\s+)?(?:titularis|renouvel)[^\n]{0,20}?\bpas\b|\blicenci[ée]e?s?\b|\blicenciement\b|\brejet[ée]e?s?\b|\bsanction\s+(?:disciplinaire\s+)?(?:de|d['’])|\bbl[âa]me\b|\bexclusion\s+temporaire\b|\br[ée]vocation\b|\bmise\s+[àa]\s+la\s+retraite\s+d['’]office", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UnfavourableRegex();

    [GeneratedRegex(@"\bconsid[ée]rant\b|\bau\s+motif\b|\bmotifs?\s+(?:que|qu['’]|suivants?|tir[ée]s?|de\s+fait)|\bpour\s+les\s+motifs\b|\battendu\s+que\b|\ben\s+raison\s+(?:de|du|des|d['’])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MotivationRegex();
}
