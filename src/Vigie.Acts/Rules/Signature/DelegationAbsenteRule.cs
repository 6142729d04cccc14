using System.Text.RegularExpressions;
using Vigie.Acts.Model;
using Vigie.Acts.Rules.Scanning;

namespace Vigie.Acts.Rules.Signature;

/// <summary>
/// DELEGATION_ABSENTE: signed by someone other than the autorité territoriale (adjoint, DGS, vice-président…) and the
/// act states no delegation (neither "Pour le Maire et par délégation" nor an arrêté de délégation in the visas).
/// </summary>
internal sealed partial class DelegationAbsenteRule : ActRule
{
    public override string Code => AnomalyCodes.DelegationAbsente;

    public override Severity Severity => Severity.Bloquante;

    public override string LegalBasis => "CGFP L. 415-1; CGCT L. 2122-18, L. 2122-19";

    public override IEnumerable<Anomaly> Evaluate(AnalyzedAct act)
    {
        if (act.Type == ActType.NonActe)
        {
            yield break;
        }

        var fields = act.Fields;
        var block = SignatureBlockReader.Read(act);
        // The qualité written under "Fait à" decides; the extracted one may come from the header "Le Maire de …".
        var fromBlock = block.FaitLine is not null && block.Qualite is not null;
        var qualite = fromBlock || string.IsNullOrWhiteSpace(fields.SignataireQualite) ? block.Qualite : fields.SignataireQualite;
        var isAutorite = fromBlock
            ? block.IsAutorite
            : fields.SignataireEstAutorite
                ?? (!string.IsNullOrWhiteSpace(fields.SignataireQualite) ? SignatureBlockReader.IsAutorite(fields.SignataireQualite) : block.IsAutorite);
        if (isAutorite != false
            || !string.IsNullOrWhiteSpace(fields.Delegation)
            || block.DelegationStated
            || DelegationRegex().IsMatch(act.Segment.Text))
        {
            yield break;
        }

        var evidence = ActEvidence.ForField(act, FieldNames.SignataireQualite)
            ?? (block.End > block.Start ? SignatureAbsenteRule.SignatureRegion(act, block) : ActEvidence.ForField(act, FieldNames.Signataire));
        var who = string.IsNullOrWhiteSpace(qualite) ? "une autre personne que le maire ou le président" : $"« {qualite} »";
        yield return Anomaly(
            $"L'acte est signé par {who}, qui n'est pas l'autorité territoriale, sans qu'aucune délégation de signature soit mentionnée (« Pour le Maire et par délégation », arrêté de délégation visé).",
            evidence);
    }

    /// <summary>Any statement of a delegation or of a replacement of the autorité, anywhere in the act.</summary>
    [GeneratedRegex(@"par\s+d[ée]l[ée]gation|d[ée]l[ée]gation\s+(?:de\s+|d['’])?(?:signature|fonctions?)|portant\s+d[ée]l[ée]gation|\bpour\s+(?:le|la|l['’])\s*(?:maire|pr[ée]sidente?)\b|\bP\s*/\s*(?:le|la)\s+(?:maire|pr[ée]sident)|par\s+ordre|emp[êe]ch[ée]|suppl[ée]ance|en\s+l['’]absence\s+(?:du|de\s+la)\s+(?:maire|pr[ée]sidente?)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DelegationRegex();
}
