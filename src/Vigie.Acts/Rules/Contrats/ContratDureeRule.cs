using System.Text.RegularExpressions;
using Vigie.Acts.Model;
using Vigie.Acts.Referentiels.Durees;
using Vigie.Acts.Rules.Scanning;

namespace Vigie.Acts.Rules.Contrats;

/// <summary>
/// CONTRAT_DUREE: a fixed-term contract longer than the maximum of its legal basis (L. 332-8: 3 years; L. 332-14:
/// 1 year; L. 332-23 1°: 12 months; 2°: 6 months; contrat de projet: 1 to 6 years). Only CGFP bases are checked.
/// </summary>
internal sealed partial class ContratDureeRule(DureesLegales durees) : ActRule
{
    public override string Code => AnomalyCodes.ContratDuree;

    public override Severity Severity => Severity.Bloquante;

    public override string LegalBasis => "CGFP L. 332-9, L. 332-13, L. 332-14, L. 332-23, L. 332-25";

    public override IEnumerable<Anomaly> Evaluate(AnalyzedAct act)
    {
        if (act.Type != ActType.Contrat
            || ContractBasisReader.Read(act) is not { Legacy: false } basis
            || durees.ContratFor(basis.Article, basis.Alinea) is not { } limits
            || IndeterminateRegex().IsMatch(act.Segment.Text))
        {
            yield break;
        }

        var period = StatedPeriods.Of(act);
        if (!period.IsKnown)
        {
            yield break; // a missing durée is CONTRAT_MENTION
        }

        var length = period.LengthMonths is { } months && period.Start is not null && period.End is not null
            ? $" (soit {FrenchText.Months(months)})"
            : string.Empty;
        if (limits.DureeMaxMois is { } max && period.Exceeds(max) == true)
        {
            var within = limits.PeriodeReferenceMois is { } reference ? $" sur {FrenchText.Months(reference)} consécutifs" : string.Empty;
            yield return Anomaly(
                $"Le contrat, conclu sur {basis.Display}, court {period.Describe()}{length} : c'est plus que la durée maximale de {FrenchText.Months(max)}{within} permise par cet article.",
                period.Evidence ?? basis.Evidence);
        }
        else if (limits.DureeMinMois is { } min && period.ShorterThan(min) == true)
        {
            yield return Anomaly(
                $"Le contrat de projet, conclu sur {basis.Display}, court {period.Describe()}{length} : c'est moins que la durée minimale de {FrenchText.Months(min)}.",
                period.Evidence ?? basis.Evidence);
        }
    }

    [GeneratedRegex(@"dur[ée]e\s+ind[ée]termin[ée]e|\bCDI\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex IndeterminateRegex();
}
