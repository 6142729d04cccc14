using Vigie.Acts.Model;
using Vigie.Acts.Rules.Scanning;

namespace Vigie.Acts.Rules.Signature;

/// <summary>DATE_SIGNATURE_ABSENTE: no date of signature ("Fait à …, le …").</summary>
internal sealed class DateSignatureAbsenteRule : ActRule
{
    public override string Code => AnomalyCodes.DateSignatureAbsente;

    public override Severity Severity => Severity.Majeure;

    public override string LegalBasis => "Pratique administrative ; nécessaire à tout contrôle de date";

    public override IEnumerable<Anomaly> Evaluate(AnalyzedAct act)
    {
        if (act.Type == ActType.NonActe || act.Fields.DateSignature is not null)
        {
            yield break;
        }

        var block = SignatureBlockReader.Read(act);
        if (block.Date is not null)
        {
            yield break; // a date is written, possibly impossible: that is DATE_INCOHERENTE's business
        }

        if (block.FaitLine is { } line)
        {
            var written = act.Segment.Text[line.Start..line.End].Trim();
            yield return Anomaly(
                $"L'acte n'est pas daté : la mention « {written} » ne porte pas de date de signature. Sans elle, ni la rétroactivité ni les textes applicables ne peuvent être contrôlés.",
                ActEvidence.FromSegment(act.Segment, line.Start, line.End));
            yield break;
        }

        yield return Anomaly(
            "L'acte n'est pas daté : aucune mention « Fait à …, le … » n'a été trouvée. Sans date de signature, ni la rétroactivité ni les textes applicables ne peuvent être contrôlés.",
            ActEvidence.LastLines(act, 3));
    }
}
