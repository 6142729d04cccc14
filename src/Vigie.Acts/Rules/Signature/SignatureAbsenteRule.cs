using Vigie.Acts.Model;
using Vigie.Acts.Rules.Scanning;

namespace Vigie.Acts.Rules.Signature;

/// <summary>SIGNATURE_ABSENTE: no signatory at all (no name, no qualité, no electronic signature) where the act is signed.</summary>
internal sealed class SignatureAbsenteRule : ActRule
{
    public override string Code => AnomalyCodes.SignatureAbsente;

    public override Severity Severity => Severity.Bloquante;

    public override string LegalBasis => "CRPA L. 212-1";

    public override IEnumerable<Anomaly> Evaluate(AnalyzedAct act)
    {
        if (act.Type == ActType.NonActe)
        {
            yield break;
        }

        // Where the act has a "Fait à" line, what is written under it decides (a field may come from the header
        // "Le Maire de …"); without it, the extracted signatory is trusted too.
        var block = SignatureBlockReader.Read(act);
        if (block.HasSignatory || (block.FaitLine is null && HasSignatoryField(act.Fields)))
        {
            yield break;
        }

        var message = block.FaitLine is null
            ? "L'acte n'est pas signé : aucun signataire (prénom, nom, qualité) n'apparaît à la fin de l'acte."
            : "L'acte n'est pas signé : aucun signataire (prénom, nom, qualité) ne figure sous la mention « Fait à …, le … ».";
        yield return Anomaly(message, SignatureRegion(act, block));
    }

    internal static bool HasSignatoryField(ActFields fields) =>
        !string.IsNullOrWhiteSpace(fields.Signataire) || !string.IsNullOrWhiteSpace(fields.SignataireNom)
        || !string.IsNullOrWhiteSpace(fields.SignataireQualite);

    /// <summary>The signature block read, or the last lines of the act.</summary>
    internal static Evidence SignatureRegion(AnalyzedAct act, SignatureBlock block) =>
        block.End > block.Start ? ActEvidence.FromSegment(act.Segment, block.Start, block.End) : ActEvidence.LastLines(act, 3);
}
