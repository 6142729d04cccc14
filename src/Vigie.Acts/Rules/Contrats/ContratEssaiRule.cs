using System.Text.RegularExpressions;
using Vigie.Acts.Model;
using Vigie.Acts.Referentiels;
using Vigie.Acts.Referentiels.Durees;
using Vigie.Acts.Referentiels.Legal;
using Vigie.Acts.Rules.Scanning;

namespace Vigie.Acts.Rules.Contrats;

/// <summary>
/// CONTRAT_ESSAI: a période d'essai longer than allowed for the contract's length (3 weeks under 6 months, 1 month
/// under a year, 2 months under two years, 3 months beyond or CDI — rules in force since 15 August 2022), or one
/// stipulated on the renewal of the contract.
/// </summary>
internal sealed partial class ContratEssaiRule(DureesLegales durees, ChangementsJuridiques changements) : ActRule
{
    public override string Code => AnomalyCodes.ContratEssai;

    public override Severity Severity => Severity.Majeure;

    public override string LegalBasis => "CGFP R. 332-20, R. 332-21";

    public override IEnumerable<Anomaly> Evaluate(AnalyzedAct act)
    {
        var rules = durees.PeriodeEssai;
        if (act.Type != ActType.Contrat
            || ActDates.Reference(act) is not { } date || date < rules.ValidFrom
            || Essai(act) is not { } essai)
        {
            yield break;
        }

        var legalBasis = ContractLegalBasis.At(act, changements, LegalBasis, "décr. 88-145 art. 4");
        if (TextFolding.Fold(act.Fields.Nature ?? string.Empty).StartsWith("renouvel", StringComparison.Ordinal))
        {
            yield return Anomaly(
                $"Le contrat renouvelé prévoit une période d'essai de {FrenchText.Days(essai.Days)} : aucune période d'essai ne peut être imposée lors du renouvellement d'un contrat par la même autorité pour les mêmes fonctions.",
                essai.Evidence,
                legalBasis);
            yield break;
        }

        var indeterminate = IndeterminateRegex().IsMatch(act.Segment.Text);
        var contractMonths = indeterminate ? null : StatedPeriods.Of(act).LengthMonths;
        if (!indeterminate && contractMonths is null)
        {
            var longest = rules.MaximumFor(null);
            if (essai.Days > longest.MaxJours)
            {
                yield return Anomaly(
                    $"La période d'essai de {FrenchText.Days(essai.Days)} dépasse le maximum absolu de {longest.Libelle}.",
                    essai.Evidence,
                    legalBasis);
            }
            else
            {
                act.AddNote("Durée du contrat introuvable : la période d'essai n'a pas pu être comparée au maximum.");
            }

            yield break;
        }

        var maximum = rules.MaximumFor(contractMonths);
        if (essai.Days <= maximum.MaxJours)
        {
            yield break;
        }

        var contract = indeterminate
            ? "un contrat à durée indéterminée"
            : maximum.DeMoinsDeMois is { } limit
                ? $"un contrat de moins de {FrenchText.Months(limit)} (ce contrat : {FrenchText.Months(contractMonths!.Value)})"
                : $"un contrat de {FrenchText.Months(contractMonths!.Value)}";
        yield return Anomaly(
            $"La période d'essai de {FrenchText.Days(essai.Days)} dépasse le maximum de {maximum.Libelle} prévu pour {contract}.",
            essai.Evidence,
            legalBasis);
    }

    private static (int Days, Evidence? Evidence)? Essai(AnalyzedAct act)
    {
        var match = EssaiRegex().Match(act.Segment.Text);
        if (match.Success && FrenchNumbers.Parse(match.Groups["n"].Value) is { } n)
        {
            var unit = TextFolding.Fold(match.Groups["u"].Value);
            var days = unit.StartsWith("moi", StringComparison.Ordinal) ? n * 30 : unit.StartsWith("semaine", StringComparison.Ordinal) ? n * 7 : n;
            return (days, ActEvidence.FromMatch(act, match));
        }

        return act.Fields.PeriodeEssaiJours is { } field ? (field, ActEvidence.ForField(act, FieldNames.PeriodeEssaiJours)) : null;
    }

    [GeneratedRegex(@"p[ée]riode\s+d['’]essai\s+(?:est\s+)?(?:fix[ée]e\s+)?(?:d['’]une\s+dur[ée]e\s+)?(?:de\s+|d['’]|[àa]\s+)\s*(?<n>" + FrenchNumbers.WordPattern + @")\s*(?:\(\s*\d+\s*\)\s*)?(?<u>jours?|semaines?|mois)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EssaiRegex();

    [GeneratedRegex(@"dur[ée]e\s+ind[ée]termin[ée]e|\bCDI\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex IndeterminateRegex();
}
