using System.Text.RegularExpressions;
using Vigie.Acts.Model;
using Vigie.Acts.Referentiels.Durees;
using Vigie.Acts.Referentiels.Legal;
using Vigie.Acts.Rules.Scanning;

namespace Vigie.Acts.Rules.Carriere;

/// <summary>
/// STAGE_DUREE: a stage length stated other than the normal one (1 year; 6 months after promotion interne), a
/// prorogation longer than the normal length, or a titularisation before the end of the (extended) stage.
/// </summary>
internal sealed partial class StageDureeRule(DureesLegales durees, ChangementsJuridiques changements) : ActRule
{
    public override string Code => AnomalyCodes.StageDuree;

    public override Severity Severity => Severity.Majeure;

    public override string LegalBasis => "CGFP R. 327-10, R. 327-11";

    public override IEnumerable<Anomaly> Evaluate(AnalyzedAct act)
    {
        if (act.Type is not (ActType.NominationStagiaire or ActType.PromotionInterne or ActType.ProrogationStage or ActType.Titularisation)
            || DispenseRegex().IsMatch(act.Segment.Text))
        {
            return [];
        }

        var afterPromotion = act.Type == ActType.PromotionInterne || PromotionInterneRegex().IsMatch(act.Segment.Text);
        var normal = afterPromotion ? durees.Stage.DureePromotionInterneMois : durees.Stage.DureeNormaleMois;
        var anomaly = act.Type switch
        {
            ActType.ProrogationStage => Prorogation(act, normal),
            ActType.Titularisation => Titularisation(act, normal),
            _ => Nomination(act, normal),
        };
        return anomaly is null ? [] : [anomaly];
    }

    private Anomaly? Nomination(AnalyzedAct act, int normal)
    {
        var stated = StageLength(act);
        if (stated is not { Months: { } months } || months == normal)
        {
            return null;
        }

        return Anomaly(
            $"Le stage est fixé à {FrenchText.Months(months)}, alors que sa durée normale est de {FrenchText.Months(normal)}{(normal == durees.Stage.DureePromotionInterneMois ? " après promotion interne" : string.Empty)}.",
            stated.Evidence,
            BasisAt(act));
    }

    private Anomaly? Prorogation(AnalyzedAct act, int normal)
    {
        var length = ProrogationLength(act);
        if (length?.LengthMonths is not { } months)
        {
            act.AddNote("Durée de la prorogation de stage introuvable : elle n'a pas pu être comparée au maximum.");
            return null;
        }

        return length.Exceeds(normal) == true
            ? Anomaly(
                $"La prorogation de stage ({length.Describe()}, soit {FrenchText.Months(months)}) dépasse la durée normale du stage ({FrenchText.Months(normal)}), qui en est le maximum.",
                length.Evidence,
                BasisAt(act))
            : null;
    }

    private Anomaly? Titularisation(AnalyzedAct act, int normal)
    {
        if (act.Fields.DateEffet is null && ActDates.EffectMention(act) is null)
        {
            act.AddNote("Date de titularisation introuvable : la durée du stage n'a pas pu être contrôlée.");
            return null;
        }

        var titularisation = (act.Fields.DateEffet ?? ActDates.EffectMention(act)?.Date)!.Value;
        var text = act.Segment.Text;
        if (StageStart(text) is not { Date: { } start } startMention)
        {
            act.AddNote("Date de début du stage introuvable : la date de titularisation n'a pas pu être comparée à la fin du stage.");
            return null;
        }

        var end = start.AddMonths(normal);
        var extended = ExtendedEnd(text, end);
        if (titularisation >= extended.AddDays(-1))
        {
            return null;
        }

        var extension = extended > end ? $", prolongé jusqu'au {FrenchDates.Format(extended.AddDays(-1))}" : string.Empty;
        return Anomaly(
            $"La titularisation prend effet le {FrenchDates.Format(titularisation)}, avant la fin du stage : commencé le {FrenchDates.Format(start)}, le stage de {FrenchText.Months(normal)} s'achève le {FrenchDates.Format(end.AddDays(-1))}{extension}.",
            ActDates.EffectEvidence(act) ?? ActEvidence.FromSegment(act.Segment, startMention.Index, startMention.End),
            BasisAt(act));
    }

    /// <summary>Before the 1 October 2025 codification, the stage rules were in décret 92-1194 and the statuts particuliers.</summary>
    private string BasisAt(AnalyzedAct act) =>
        ActDates.Reference(act) is { } date && date < changements.DateOf(ChangementsJuridiques.Decret2025695)
            ? "décr. 92-1194 et statuts particuliers (aujourd'hui CGFP R. 327-10, R. 327-11)"
            : LegalBasis;

    private static StatedPeriod? StageLength(AnalyzedAct act)
    {
        var text = act.Segment.Text;
        var match = StageLengthRegex().Match(text);
        if (match.Success && FrenchNumbers.Parse(match.Groups["n"].Value) is { } n)
        {
            return new StatedPeriod(null, null, IsYears(match.Groups["u"].Value) ? n * 12 : n, ActEvidence.FromMatch(act, match));
        }

        return act.Fields.DureeMois is { } months ? new StatedPeriod(null, null, months, ActEvidence.ForField(act, FieldNames.DureeMois)) : null;
    }

    private static StatedPeriod? ProrogationLength(AnalyzedAct act)
    {
        var text = act.Segment.Text;
        var match = ProrogationLengthRegex().Match(text);
        if (match.Success && FrenchNumbers.Parse(match.Groups["n"].Value) is { } n)
        {
            return new StatedPeriod(null, null, IsYears(match.Groups["u"].Value) ? n * 12 : n, ActEvidence.FromMatch(act, match));
        }

        var period = StatedPeriods.Of(act);
        return period.IsKnown ? period : null;
    }

    /// <summary>The start of the stage: "stagiaire … à compter du 1er septembre 2025", "stage ayant débuté le …".</summary>
    private static DateMention? StageStart(string text)
    {
        for (var match = StageStartRegex().Match(text); match.Success; match = match.NextMatch())
        {
            // "… stagiaire, est titularisée à compter du …" is the titularisation, not the start of the stage.
            if (match.Value.Contains("titularis", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (FrenchDates.At(text, match.Index + match.Length) is { Date: not null } date)
            {
                return date;
            }
        }

        return null;
    }

    /// <summary>The day after the stage ends, pushed back by a prorogation or a prolongation the act states.</summary>
    private static DateOnly ExtendedEnd(string text, DateOnly end)
    {
        // "prorogé de six mois, soit jusqu'au 31 août" states one extension twice: take the latest end, never the sum.
        var byDate = end;
        for (var match = ProrogeJusquauRegex().Match(text); match.Success; match = match.NextMatch())
        {
            if (FrenchDates.At(text, match.Index + match.Length) is { Date: { } until } && until.AddDays(1) > byDate)
            {
                byDate = until.AddDays(1);
            }
        }

        var byLength = end;
        for (var match = ProrogeDeRegex().Match(text); match.Success; match = match.NextMatch())
        {
            if (FrenchNumbers.Parse(match.Groups["n"].Value) is { } n)
            {
                var unit = Referentiels.TextFolding.Fold(match.Groups["u"].Value);
                byLength = unit.StartsWith("jour", StringComparison.Ordinal) ? byLength.AddDays(n) : byLength.AddMonths(n);
            }
        }

        return byDate > byLength ? byDate : byLength;
    }

    private static bool IsYears(string unit) => unit.StartsWith('a') || unit.StartsWith('A');

    [GeneratedRegex(@"dispens[ée]e?\s+(?:de\s+|du\s+)stage", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DispenseRegex();

    [GeneratedRegex(@"promotion\s+interne", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PromotionInterneRegex();

    [GeneratedRegex(@"\b(?:dur[ée]e\s+du\s+)?stage\s+(?:est\s+)?(?:fix[ée]e?\s+)?(?:d['’]une\s+dur[ée]e\s+)?(?:de\s+|d['’]|[àa]\s+)\s*(?<n>" + FrenchNumbers.WordPattern + @")\s*(?<u>mois|ans?|ann[ée]es?)\b|\bstagiaire\b[^.\n]{0,120}?\bpour\s+une\s+(?:dur[ée]e|p[ée]riode)\s+(?:de\s+|d['’])\s*(?<n>" + FrenchNumbers.WordPattern + @")\s*(?<u>mois|ans?|ann[ée]es?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StageLengthRegex();

    [GeneratedRegex(@"prorog(?:[ée]e?|ation)\b[^.\n]{0,60}?(?:pour\s+une\s+(?:dur[ée]e|p[ée]riode)\s+)?(?:de\s+|d['’])\s*(?<n>" + FrenchNumbers.WordPattern + @")\s*(?<u>mois|ans?|ann[ée]es?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ProrogationLengthRegex();

    [GeneratedRegex(@"(?:\bstagiaire\b|\bstage\b)[^\n]{0,200}?(?:[àa]\s+compter\s+du|depuis\s+le|d[ée]but[ée]\s+le|commenc[ée]\s+le|date\s+de\s+d[ée]but\s*:?)\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StageStartRegex();

    [GeneratedRegex(@"(?:prorog|prolong)(?:[ée]e?s?|eant|ation)\b[^.\n]{0,120}?jusqu['’]\s*au\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ProrogeJusquauRegex();

    [GeneratedRegex(@"(?:prorog|prolong)(?:[ée]e?s?|eant|ation)\s+(?:du\s+stage\s+)?(?:d['’]une\s+dur[ée]e\s+)?(?:de\s+|d['’])\s*(?<n>" + FrenchNumbers.WordPattern + @")\s*(?<u>jours?|mois)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ProrogeDeRegex();
}
