using Vigie.Acts.Model;
using Vigie.Acts.Rules.Scanning;

namespace Vigie.Acts.Rules.Signature;

/// <summary>SIGNATAIRE_INCOMPLET: the act is signed but the prénom, the nom or the qualité of the signatory is missing.</summary>
internal sealed class SignataireIncompletRule : ActRule
{
    public override string Code => AnomalyCodes.SignataireIncomplet;

    public override Severity Severity => Severity.Majeure;

    public override string LegalBasis => "CRPA L. 212-1";

    public override IEnumerable<Anomaly> Evaluate(AnalyzedAct act)
    {
        if (act.Type == ActType.NonActe)
        {
            yield break;
        }

        var fields = act.Fields;
        var block = SignatureBlockReader.Read(act);
        var trustFields = block.FaitLine is null; // under "Fait à", what is written decides (see SignatureAbsenteRule)
        if (!block.HasSignatory && !(trustFields && SignatureAbsenteRule.HasSignatoryField(fields)))
        {
            yield break; // SIGNATURE_ABSENTE
        }

        var names = block.Names.ToList();
        var hasQualite = block.Qualite is not null;
        if (trustFields)
        {
            names.AddRange(NamesIn(fields.Signataire));
            names.AddRange(NamesIn(fields.SignataireNom));
            hasQualite |= !string.IsNullOrWhiteSpace(fields.SignataireQualite)
                || (fields.Signataire is { } s && SignatureBlockReader.HasQualite(s));
        }

        var hasPrenom = names.Any(n => n.HasFullPrenom);
        var missing = new List<string>();
        if (!hasPrenom)
        {
            missing.Add(names.Any(n => n.PrenomIsInitial) ? "le prénom (seule son initiale figure)" : "le prénom");
        }

        if (names.Count == 0)
        {
            missing.Add("le nom");
        }

        if (!hasQualite)
        {
            missing.Add("la qualité (maire, adjoint…)");
        }

        if (missing.Count == 0)
        {
            yield break;
        }

        var evidence = block.End > block.Start
            ? SignatureAbsenteRule.SignatureRegion(act, block)
            : ActEvidence.ForField(act, FieldNames.Signataire) ?? ActEvidence.LastLines(act, 3);
        yield return Anomaly(
            $"Le signataire n'est pas entièrement identifié : il manque {FrenchList.Join(missing)}. Un acte doit porter le prénom, le nom et la qualité de son signataire.",
            evidence);
    }

    private static IEnumerable<PersonName> NamesIn(string? value) =>
        string.IsNullOrWhiteSpace(value) ? [] : PersonNames.Find(value);
}
