using Vigie.Acts.Model;
using Vigie.Acts.Referentiels.Durees;
using Vigie.Acts.Referentiels.Legal;
using Vigie.Acts.Rules.Scanning;
using Vigie.Acts.Rules.Visas;

namespace Vigie.Acts.Rules.Contrats;

/// <summary>
/// CONTRAT_BASE_LEGALE: a contract that does not state the article (and, for L. 332-8 and L. 332-23, the alinéa) of
/// the CGFP it is concluded on, so its motive and its maximum length cannot be known.
/// </summary>
internal sealed class ContratBaseLegaleRule(DureesLegales durees, ChangementsJuridiques changements) : ActRule
{
    public override string Code => AnomalyCodes.ContratBaseLegale;

    public override Severity Severity => Severity.Bloquante;

    public override string LegalBasis => "CGFP R. 331-6";

    public override IEnumerable<Anomaly> Evaluate(AnalyzedAct act)
    {
        if (act.Type != ActType.Contrat)
        {
            yield break;
        }

        var basis = ContractBasisReader.Read(act);
        var legalBasis = ContractLegalBasis.At(act, changements, LegalBasis, "décr. 88-145 art. 3");
        if (basis is null)
        {
            yield return Anomaly(
                "Le contrat n'indique pas l'article du code général de la fonction publique sur lequel il est conclu (par exemple « article L. 332-23 1° ») : son motif et sa durée maximale ne peuvent pas être vérifiés.",
                VisaPrealableAbsentRule.VisasRegion(act),
                legalBasis);
            yield break;
        }

        if (!basis.Legacy && basis.Alinea is null
            && durees.Contrats.Any(c => c.Article == basis.Article && c.AlineaRequis))
        {
            yield return Anomaly(
                $"Le contrat cite {basis.Display} sans préciser l'alinéa (1°, 2°…) : le cas de recrutement, et donc la durée maximale du contrat, n'est pas identifiable.",
                basis.Evidence ?? VisaPrealableAbsentRule.VisasRegion(act),
                legalBasis);
        }
    }
}
