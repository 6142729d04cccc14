using System.Globalization;
using System.Text.RegularExpressions;
using Vigie.Acts.Model;
using Vigie.Acts.Referentiels;
using Vigie.Acts.Referentiels.Durees;
using Vigie.Acts.Rules.Scanning;

namespace Vigie.Acts.Rules.Carriere;

/// <summary>
/// POSITION_DUREE: a disponibilité, congé parental, détachement or temps partiel outside its legal length or quotité
/// (durations of <c>Durees/durees.json</c>, as in force at the act's date).
/// </summary>
internal sealed partial class PositionDureeRule(DureesLegales durees) : ActRule
{
    public override string Code => AnomalyCodes.PositionDuree;

    public override Severity Severity => Severity.Majeure;

    public override string LegalBasis => "décr. 86-68; décr. 2004-777; CGFP L. 514-x, L. 515-x, L. 612-x";

    public override IEnumerable<Anomaly> Evaluate(AnalyzedAct act)
    {
        var nature = TextFolding.Fold(act.Fields.Nature ?? string.Empty);
        if (nature.StartsWith("refus", StringComparison.Ordinal) || nature.StartsWith("reintegr", StringComparison.Ordinal)
            || nature.StartsWith("fin", StringComparison.Ordinal))
        {
            return [];
        }

        var anomalies = act.Type switch
        {
            ActType.Disponibilite => Disponibilite(act),
            ActType.CongeParental => CongeParental(act),
            ActType.Detachement => Detachement(act),
            ActType.TempsPartiel => TempsPartiel(act),
            _ => [],
        };
        return anomalies;
    }

    private IEnumerable<Anomaly> Disponibilite(AnalyzedAct act)
    {
        var period = StatedPeriods.Of(act);
        if (!period.IsKnown)
        {
            act.AddNote("Durée de la disponibilité introuvable : elle n'a pas pu être comparée au maximum légal.");
            yield break;
        }

        var motif = DisponibiliteMotif(act);
        var rule = motif is null ? null : durees.DisponibiliteFor(motif);
        if (rule is null)
        {
            var shortest = durees.Disponibilite.Where(d => d.DureeMaxMois is not null).Min(d => d.DureeMaxMois!.Value);
            if (period.Exceeds(shortest) == true)
            {
                act.AddNote("Motif de la disponibilité introuvable : sa durée n'a pas pu être comparée au maximum de ce motif.");
            }

            yield break;
        }

        var date = ActDates.Effect(act) ?? ActDates.Signature(act);
        if (rule.DureeMaxMois is not { } max || (rule.ValidFrom is { } from && (date is null || date < from)))
        {
            yield break;
        }

        if (period.Exceeds(max) == true)
        {
            yield return Anomaly(
                $"La disponibilité pour {rule.Libelle} est accordée {period.Describe()}{Length(period)}, au-delà de la durée maximale de {FrenchText.Months(max)} par période.",
                period.Evidence);
        }
    }

    private IEnumerable<Anomaly> CongeParental(AnalyzedAct act)
    {
        var period = StatedPeriods.Of(act);
        if (!period.IsKnown)
        {
            act.AddNote("Durée du congé parental introuvable : elle n'a pas pu être comparée aux limites légales.");
            yield break;
        }

        var rule = durees.CongeParental;
        var date = ActDates.Effect(act) ?? ActDates.Signature(act);
        var current = date is null || date >= rule.ValidFrom;
        var max = current ? rule.PeriodeMaxMois : rule.Avant.PeriodeMaxMois;
        if (period.Exceeds(max) == true || (current && period.ShorterThan(rule.PeriodeMinMois) == true))
        {
            var bounds = current
                ? $"de {FrenchText.Months(rule.PeriodeMinMois)} à {FrenchText.Months(rule.PeriodeMaxMois)}"
                : $"de {FrenchText.Months(max)}";
            yield return Anomaly(
                $"Le congé parental est accordé {period.Describe()}{Length(period)}, alors qu'une période de congé parental dure {bounds} (renouvelable).",
                period.Evidence);
        }
    }

    private IEnumerable<Anomaly> Detachement(AnalyzedAct act)
    {
        var period = StatedPeriods.Of(act);
        if (!period.IsKnown)
        {
            yield break; // a détachement may be granted until a date the act does not give (e.g. for a stage)
        }

        var motif = TextFolding.Fold(act.Fields.Motif ?? string.Empty);
        var courte = motif.Contains("courte", StringComparison.Ordinal) || (motif.Length == 0 && CourteDureeRegex().IsMatch(act.Segment.Text));
        var max = courte ? durees.Detachement.CourteDureeMaxMois : durees.Detachement.LongueDureeMaxMois;
        if (period.Exceeds(max) == true)
        {
            yield return Anomaly(
                $"Le détachement{(courte ? " de courte durée" : string.Empty)} est prononcé {period.Describe()}{Length(period)}, au-delà de la durée maximale de {FrenchText.Months(max)}.",
                period.Evidence);
        }
    }

    private IEnumerable<Anomaly> TempsPartiel(AnalyzedAct act)
    {
        var rules = durees.TempsPartiel;
        var motif = TextFolding.Fold(act.Fields.Motif ?? string.Empty);
        var text = act.Segment.Text;
        var deDroit = motif.Contains("droit", StringComparison.Ordinal) || (motif.Length == 0 && DeDroitRegex().IsMatch(text));
        var surAutorisation = !deDroit && (motif.Contains("autoris", StringComparison.Ordinal) || SurAutorisationRegex().IsMatch(text));
        var nonComplet = act.Fields.DureeHebdomadaire is < 35 || NonCompletRegex().IsMatch(text);

        if (Quotite(act) is { } quotite)
        {
            var (allowed, description) = deDroit
                ? (rules.DeDroitQuotites.Contains(quotite.Value), "de droit (50, 60, 70 ou 80 %)")
                : nonComplet
                    ? (rules.TempsNonCompletQuotites.Contains(quotite.Value), "d'un agent à temps non complet (50, 60, 70, 80 ou 90 %)")
                    : (quotite.Value >= rules.SurAutorisationQuotiteMin && quotite.Value <= rules.SurAutorisationQuotiteMax,
                        $"sur autorisation (entre {FrenchText.Percent(rules.SurAutorisationQuotiteMin)} et {FrenchText.Percent(rules.SurAutorisationQuotiteMax)})");
            if (!allowed)
            {
                yield return Anomaly(
                    $"La quotité de {FrenchText.Percent(quotite.Value)} n'est pas possible pour un temps partiel {description}.",
                    quotite.Evidence);
            }
        }

        var period = StatedPeriods.Of(act);
        if (period.Exceeds(rules.PeriodeMaxMois) == true || (surAutorisation && period.ShorterThan(rules.PeriodeMinMois) == true))
        {
            yield return Anomaly(
                $"Le temps partiel est accordé {period.Describe()}{Length(period)}, alors qu'une autorisation porte sur une période de {FrenchText.Months(rules.PeriodeMinMois)} à {FrenchText.Months(rules.PeriodeMaxMois)}.",
                period.Evidence);
        }
    }

    /// <summary>The motif of the field, else the one the articles state, else one written anywhere (the objet).</summary>
    private static string? DisponibiliteMotif(AnalyzedAct act)
    {
        if (act.Fields.Motif is { Length: > 0 } field)
        {
            return MotifIn(TextFolding.Fold(field));
        }

        var text = act.Segment.Text;
        var layout = ActLayout.Of(text);
        return MotifIn(TextFolding.Fold(text[layout.DispositifStart..layout.DispositifEnd(text)])) ?? MotifIn(TextFolding.Fold(text));
    }

    private static string? MotifIn(string folded)
    {
        if (folded.Contains("convenance", StringComparison.Ordinal))
        {
            return "convenances_personnelles";
        }

        if (folded.Contains("entreprise", StringComparison.Ordinal))
        {
            return "creation_entreprise";
        }

        if (EtudesRegex().IsMatch(folded))
        {
            return "etudes";
        }

        return EleverRegex().IsMatch(folded) ? "elever_enfant" : null;
    }

    private static (int Value, Evidence? Evidence)? Quotite(AnalyzedAct act)
    {
        if (act.Fields.Quotite is { } field)
        {
            return (field, ActEvidence.ForValue(act, FieldNames.Quotite, field.ToString(CultureInfo.InvariantCulture) + " %"));
        }

        var match = QuotiteRegex().Match(act.Segment.Text);
        return match.Success ? (int.Parse(match.Groups["q"].Value, CultureInfo.InvariantCulture), ActEvidence.FromMatch(act, match)) : null;
    }

    private static string Length(StatedPeriod period) =>
        period.Start is not null && period.End is not null && period.LengthMonths is { } months ? $" (soit {FrenchText.Months(months)})" : string.Empty;

    [GeneratedRegex(@"courte\s+dur[ée]e", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CourteDureeRegex();

    [GeneratedRegex(@"\bde\s+droit\b|naissance|adoption|enfant\s+de\s+moins\s+de\s+(?:trois|3)\s+ans|handicap|donner\s+des\s+soins", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DeDroitRegex();

    [GeneratedRegex(@"sur\s+autorisation", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SurAutorisationRegex();

    [GeneratedRegex(@"temps\s+non\s+complet", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NonCompletRegex();

    [GeneratedRegex(@"quotit[ée]\s+(?:de\s+travail\s+)?(?:de\s+|d['’]|fix[ée]e\s+[àa]\s+|:\s*)?(?<q>\d{2,3})\s*%|temps\s+partiel\s+(?:de\s+droit\s+|sur\s+autorisation\s+)?(?:[àa]\s+|de\s+)?(?<q>\d{2,3})\s*%|(?<q>\d{2,3})\s*%\s+(?:de\s+la\s+dur[ée]e|d['’]un\s+temps\s+(?:plein|complet)|du\s+temps\s+(?:plein|complet))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex QuotiteRegex();

    [GeneratedRegex(@"etudes|recherches")]
    private static partial Regex EtudesRegex();

    [GeneratedRegex(@"elever\s+(?:un|son|ses|leur)\s+enfant")]
    private static partial Regex EleverRegex();
}
